#!/usr/bin/env bash
# One command: xloc against the peer tools (itstool, xgettext --its, msgmerge,
# msgfmt -c, pofilter), side by side in one run, plus `xloc release` on a
# synthetic documentation site. Installs missing peers, builds the release
# preset, generates the inputs (kept in $XLOC_BENCH_WORK, default
# /tmp/xloc-bench, so a second run skips generation) and prints Markdown.
#   tools/bench/run.sh            # corpus x1, x10, x100 + site 1000x20 (~15 min on 2 cores)
#   tools/bench/run.sh --quick    # corpus x1 and x10 only, no site
#   tools/bench/run.sh --sizes 1,10 --runs 5 --only extract,check   (run_bench.py's options)
# Never run it alongside other heavy jobs: the numbers are wall-clock times.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${XLOC_BENCH_WORK:-/tmp/xloc-bench}
"$root/tools/install-deps.sh" bench
(cd "$root" && cmake --preset release >/dev/null && cmake --build --preset release -j2 >/dev/null)
xloc=$root/build/release/xloc

site=1
args=()
for a in "$@"; do
  case "$a" in
    --quick) args+=(--sizes 1,10); site=0 ;;
    --no-site) site=0 ;;
    *) args+=("$a") ;;
  esac
done

echo "## xloc vs peer tools"
python3 "$root/tools/bench/run_bench.py" --xloc "$xloc" --work "$work" "${args[@]}"
if [ "$site" = 1 ]; then
  echo "## xloc release on a 1,000-article x 20-locale site"
  python3 "$root/tools/bench/site_bench.py" --xloc "$xloc" --work "$work"
fi
