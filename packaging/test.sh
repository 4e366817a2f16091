#!/usr/bin/env bash
# Installs what is missing, builds TransferLab and runs the complete test suite through ctest.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release
