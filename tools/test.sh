#!/usr/bin/env bash
# The README's test command: installs what is missing, then builds and runs
# every test twice, once optimized and once under ASan+UBSan.
#   tools/test.sh            # both builds
#   tools/test.sh dev        # only the optimized build (quicker while working)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh build test

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(dev asan)
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
export CTEST_PARALLEL_LEVEL=${CTEST_PARALLEL_LEVEL:-$(nproc)}
for preset in "${presets[@]}"; do
  echo "== $preset build and tests =="
  cmake --workflow --preset "$preset"
done
