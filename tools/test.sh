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
# The browser tests' DevTools client, at the versions the lock file pins;
# it drives Debian's chromium, so no browser is downloaded. Without it those
# tests skip with the reason, so a registry that cannot be reached is a
# warning here, not a failure.
if [ ! -d tests/browser/node_modules/puppeteer-core ]; then
  (cd tests/browser && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts --silent) ||
    echo "test.sh: warning: npm ci in tests/browser failed; the browser tests will skip" >&2
fi

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
