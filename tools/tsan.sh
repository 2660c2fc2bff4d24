#!/usr/bin/env bash
# Builds xloc with ThreadSanitizer (the `tsan` preset; only the xloc target)
# and runs the parallel commands with 4 threads: `release --jobs 4` on the
# bundled project and on a scaled one (40 locales), `update --jobs 4` and
# `check --jobs 4` over 40 catalogs, `extract --jobs 4` over the corpus's
# pages. Fails on any ThreadSanitizer report.
#   tools/tsan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tools/install-deps.sh build
cmake --preset tsan >/dev/null
cmake --build --preset tsan -j"${CMAKE_BUILD_PARALLEL_LEVEL:-2}" --target xloc
xloc=$root/build/tsan/xloc

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1"
log=$work/tsan.log

# Exit code 66 or a report in the log is a race; 0-2 are xloc's own codes.
run() {
  local name=$1
  shift
  local code=0
  "$xloc" "$@" >"$work/out.txt" 2>"$log" || code=$?
  if [ "$code" -eq 66 ] || grep -q "ThreadSanitizer" "$log"; then
    echo "tsan: $name: ThreadSanitizer report" >&2
    cat "$log" >&2
    exit 1
  fi
  if [ "$code" -gt 2 ]; then
    echo "tsan: $name: exit $code" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "tsan: $name: exit $code, no report"
}

mkdir -p "$work/bundled"
cp -r content po "$work/bundled/"
run "release --jobs 4 (bundled, 10 locales)" release --project "$work/bundled" --out "$work/bundled/out" --jobs 4

# 40 locales: the bundled catalogs under regional names.
mkdir -p "$work/scaled"
cp -r content po "$work/scaled/"
: >"$work/scaled/po/LINGUAS"
catalogs=()
for lang in de es fr pt_BR pl ru ar he ja zh_CN; do
  for region in AA BB CC DD; do
    name=${lang%%_*}_$region
    cp "po/$lang.po" "$work/scaled/po/$name.po"
    echo "$name" >>"$work/scaled/po/LINGUAS"
    catalogs+=("$work/scaled/po/$name.po")
  done
done
run "release --jobs 4 (scaled, 40 locales)" release --project "$work/scaled" --out "$work/scaled/out" --jobs 4
run "check --jobs 4 (40 catalogs)" check --jobs 4 "${catalogs[@]}"
run "update --jobs 4 (40 catalogs)" update --jobs 4 po/knee-health.pot "${catalogs[@]}"
corpus=${XLOC_SHARED_DIR:-$root/../shared}/corpus/gnome-user-docs/gnome-help/C
if [ -d "$corpus" ]; then
  run "extract --jobs 4 (corpus pages)" extract --jobs 4 -o "$work/corpus.pot" "$corpus"/*.page
fi
echo "tsan: no data races"
