#!/usr/bin/env bash
# Reruns TransferLab's benchmark beside the PyTorch reference, in one run on this machine:
#   bash bench/run.sh [DATA_DIR] [more transferlab-cli bench options, e.g. --images 300]
# DATA_DIR defaults to the shared skin-cancer images when present; without images only the
# synthetic-tensor figures (backbone throughput, head epoch) are measured.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset release --target transferlab-cli >/dev/null

data=${1:-../shared/datasets/skin-cancer}
[ $# -gt 0 ] && shift
args=(--reference bench/reference_torchvision.py --weights "$(bash packaging/fetch-weights.sh)")
[ -d "$data" ] && args+=(--data "$data")
lscpu | grep -E '^(Model name|CPU\(s\)|Flags)' | sed 's/^Flags:.*\(avx512_bf16\|amx_bf16\).*/Flags: has \1/; s/^Flags:.*/Flags: no AVX512-BF16 or AMX-BF16/'
exec build/release/app/transferlab-cli bench "${args[@]}" "$@"
