#!/usr/bin/env bash
# The README's test command (and CI's): installs what is missing, then runs
#   dev   the optimized build and every test
#   asan  every test again under AddressSanitizer + UndefinedBehaviorSanitizer
#   tsan  the parallel commands under ThreadSanitizer (tools/tsan.sh)
#   fuzz  each libFuzzer target for a short time (tools/fuzz.sh, 10 s each)
#   tools/test.sh            # all four, in that order
#   tools/test.sh dev        # only the optimized build (quicker while working)
#   tools/test.sh asan fuzz  # any subset
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh build test

stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(dev asan tsan fuzz)
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
export CTEST_PARALLEL_LEVEL=${CTEST_PARALLEL_LEVEL:-$(nproc)}
for stage in "${stages[@]}"; do
  echo "== $stage ($(date -u +%H:%M:%S)) =="
  case "$stage" in
    dev | asan) cmake --workflow --preset "$stage" ;;
    tsan) tools/tsan.sh ;;
    fuzz) tools/fuzz.sh "${XLOC_FUZZ_SECONDS:-10}" ;;
    *) echo "test.sh: unknown stage '$stage' (dev, asan, tsan, fuzz)" >&2; exit 2 ;;
  esac
done
echo "== all stages passed ($(date -u +%H:%M:%S)) =="
