#!/usr/bin/env bash
# Installs what is missing, builds TransferLab in Release and runs its main job: the desktop app
# on the bundled sample dataset, or, without a display, a headless training run on that sample.
# Only what the app and the CLI need: the test suite's packages and targets are test.sh's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset app >/dev/null
cmake --build --preset app

sample=resources/sample-dataset
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/app/transferlab "$sample"
fi

weights=$(bash packaging/fetch-weights.sh)
exec build/release/app/transferlab-cli train --data "$sample/train" --test "$sample/test" --weights "$weights" \
  --out build/release/sample.tlmodel --epochs 10
