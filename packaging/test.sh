#!/usr/bin/env bash
# Installs what is missing, builds TransferLab and runs the complete test suite through ctest:
# first the Release build, then the suite under AddressSanitizer + UndefinedBehaviorSanitizer
# (clang, the asan preset; without the multi-process tests, see README "Building by hand") with
# the three libFuzzer targets run for 30 s each.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --tests
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
