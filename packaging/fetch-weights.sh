#!/usr/bin/env bash
# Prints the path of the ImageNet VGG16 (Keras notop) weights, downloading and verifying them
# (MD5 published by Keras) when they are missing; TRANSFERLAB_WEIGHTS_URL names a mirror. Offline,
# it says so on stderr and prints the path of the demo weights (transferlab-cli demo-weights:
# seeded random, in the same Keras layout) instead, so the pipeline still runs end to end; every
# result then says that it is not meaningful.
set -euo pipefail
cd "$(dirname "$0")/.."
name=vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5
url=${TRANSFERLAB_WEIGHTS_URL:-https://storage.googleapis.com/tensorflow/keras-applications/vgg16/$name}
md5=6d6bbae143d832006294945121d1f1fc
dir=${XDG_DATA_HOME:-$HOME/.local/share}/transferlab/weights
target=$dir/$name
mkdir -p "$dir"

if [ -f "$target" ]; then echo "$target"; exit 0; fi
if curl -fsSL --max-time 300 -o "$target.part" "$url" 2>/dev/null &&
   [ "$(md5sum "$target.part" | cut -d' ' -f1)" = "$md5" ]; then
  mv "$target.part" "$target"
  echo "$target"
  exit 0
fi
rm -f "$target.part"
echo "warning: the ImageNet VGG16 weights could not be downloaded (offline?)." >&2
echo "warning: using demo weights (seeded random, in the Keras layout) instead: the results are NOT meaningful." >&2
echo "warning: put $name in $dir to train for real." >&2
build/release/app/transferlab-cli demo-weights
