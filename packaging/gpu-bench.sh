#!/usr/bin/env bash
# Run on the CUDA GPU machine (libtorch from Python's torch, no Qt/OpenCV/HDF5): builds the
# engine core and transferlab-bench against CUDA libtorch, then runs it and the PyTorch reference
# on the same GPU, in the same run. Output goes to stdout and, when set, to $OUT/gpu-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')
cmake -S . -B build/gpu -DTRANSFERLAB_ENGINE_ONLY=ON -DTRANSFERLAB_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build build/gpu -j"$(nproc)" --target transferlab-bench
{
  nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
  build/gpu/app/bench/transferlab-bench --device cuda --batches 64,256 --seconds 4
  python3 bench/reference_torchvision.py throughput cuda 256 4
} | tee "${OUT:-/tmp}/gpu-bench.txt"
