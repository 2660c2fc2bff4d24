#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan+UBSan) and
# runs each for SECONDS (default 60), one after the other, starting from
# tests/fuzz/seeds/<target> and growing a working corpus in
# build/fuzz/corpus/<target>. A finding stops that target; its input is
# saved in build/fuzz/findings/<target>/: fix the bug, then copy the input
# to tests/fuzz/regressions/<target>/ so the test suite replays it.
#   tools/fuzz.sh            # every target, 60 s each
#   tools/fuzz.sh 20         # every target, 20 s each (CI)
#   tools/fuzz.sh 300 po_reader its_walk
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(po_reader plural_forms its_walk markup_compare check_catalog xml_read)

tools/install-deps.sh build fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"${CMAKE_BUILD_PARALLEL_LEVEL:-2}" --target "${targets[@]/#/fuzz_}"

status=0
for t in "${targets[@]}"; do
  corpus=build/fuzz/corpus/$t findings=build/fuzz/findings/$t
  mkdir -p "$corpus" "$findings"
  echo "== fuzz_$t for ${seconds}s =="
  # Inputs up to 64 KiB; 2 GiB RSS and 10 s per input count as findings.
  if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
       UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       "build/fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
       -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/" \
       "$corpus" "tests/fuzz/seeds/$t" 2>"build/fuzz/$t.log"; then
    echo "fuzz_$t: FINDING, see build/fuzz/$t.log and $findings/" >&2
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "build/fuzz/$t.log" || true
done
exit $status
