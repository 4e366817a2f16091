#!/usr/bin/env bash
# Installs what is missing, builds TransferLab in Release and runs its main job: the desktop app
# on the bundled sample dataset, or, without a display, a headless training run on that sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

sample=resources/sample-dataset
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/app/transferlab "$sample"
fi

weights=$(bash packaging/fetch-weights.sh)
exec build/release/app/transferlab-cli train --data "$sample/train" --test "$sample/test" --weights "$weights" \
  --out build/release/sample.tlmodel --epochs 10
