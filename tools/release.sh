#!/usr/bin/env bash
# The README's main command: installs what is missing, builds xloc, and runs
# `xloc release` on the bundled article and catalogs.
# Extra arguments go to `xloc release` (e.g. --jobs 4 --threshold 90).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh build
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
exec build/release/xloc release --project . --out out "$@"
