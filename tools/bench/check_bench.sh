#!/usr/bin/env bash
# Benchmarks `xloc check` (every check on) against `msgfmt -c` and
# `pofilter` (translate-toolkit) with hyperfine, on
#   1. the 18 gnome-help catalogs of the shared corpus (24 MB), and
#   2. one ~50 MB catalog: ru.po scaled x30 by tools/bench/scale_corpus.py.
# msgfmt -c runs once per catalog (it takes one); pofilter runs once on a
# folder of them (it starts slowly). Prints hyperfine's tables.
#   tools/bench/check_bench.sh [BUILD_DIR]    (default: build/release, built if missing)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
if [ ! -x "$build/xloc" ]; then
  (cd "$root" && cmake --preset release >/dev/null && cmake --build --preset release -j2 >/dev/null)
fi
xloc=$build/xloc
corpus=${XLOC_SHARED_DIR:-$root/../shared}/corpus
for tool in hyperfine msgfmt pofilter python3; do
  command -v "$tool" >/dev/null || { echo "check_bench: $tool is missing (tools/install-deps.sh bench)" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
catalogs=()
for po in "$corpus"/gnome-user-docs/gnome-help/*/*.po; do
  ln -s "$po" "$work/corpus/$(basename "$po")"
  catalogs+=("$po")
done
echo "== ${#catalogs[@]} corpus catalogs ($(du -shL "$work/corpus" | cut -f1))"

python3 "$root/tools/bench/scale_corpus.py" --factor 30 --langs ru --out "$work/big" >/dev/null
mkdir "$work/bigdir"
ln -s "$work/big/ru/ru.po" "$work/bigdir/ru.po"
echo "== big catalog: $(du -h "$work/big/ru/ru.po" | cut -f1), $(grep -c '^msgid' "$work/big/ru/ru.po") entries"

msgfmt_all="for f in ${catalogs[*]}; do msgfmt -c -o /dev/null \$f; done"
hyperfine -N --ignore-failure --warmup 1 --runs 5 \
  -n "xloc check (18 catalogs)" "$xloc check ${catalogs[*]}" \
  -n "xloc check --jobs 1 (18 catalogs)" "$xloc check --jobs 1 ${catalogs[*]}"
hyperfine --ignore-failure --warmup 1 --runs 5 -n "msgfmt -c (18 catalogs)" "$msgfmt_all"
hyperfine --ignore-failure --runs 1 --prepare "rm -rf $work/pf" \
  -n "pofilter (18 catalogs)" "pofilter --progress=none -i $work/corpus -o $work/pf"

hyperfine -N --ignore-failure --warmup 1 --runs 3 \
  -n "xloc check (50 MB)" "$xloc check $work/big/ru/ru.po" \
  -n "msgfmt -c (50 MB)" "msgfmt -c -o /dev/null $work/big/ru/ru.po"
hyperfine --ignore-failure --runs 1 --prepare "rm -rf $work/pf" \
  -n "pofilter (50 MB)" "pofilter --progress=none -i $work/bigdir -o $work/pf"
