#!/usr/bin/env bash
# The independent reference (#20, #31): the CLI's fp32 Flatten features of generated images against
# vgg16_features_reference.py and mobilenetv2_features_reference.py (torchvision's networks filled
# with h5py, Pillow decoding, Keras' preprocessing written again in NumPy), to a relative error of
# 1e-4. A mistake that the engine and its exporters share (pooling, activation, channel order, mean,
# batch normalisation, Keras' padding) fails here.
#
# usage: run-reference.sh TRANSFERLAB_CLI TL_MAKE_FIXTURES PYTHON
set -euo pipefail
cli=$1 make_fixtures=$2 python=$3
here=$(dirname "$0")
work=$(mktemp -d /tmp/tl-reference.XXXXXX)
trap 'rm -rf "$work"' EXIT
# 64 px images at --image-size 64: no resizing, which the reference does not do.
"$make_fixtures" dataset "$work/data" 6 64 5 >/dev/null
"$make_fixtures" weights "$work/vgg16.h5" 9 >/dev/null
"$cli" features --weights "$work/vgg16.h5" --data "$work/data" --image-size 64 --pool flatten --precision fp32 \
  --device cpu --out "$work/features.npy"
"$python" "$here/vgg16_features_reference.py" "$work/vgg16.h5" "$work/features.npy"
# Seeded MobileNetV2 weights whose batch normalisation statistics are far from the identity.
"$make_fixtures" mobilenetv2-weights "$work/mobilenetv2.h5" 9 >/dev/null
"$cli" features --backbone mobilenetv2 --weights "$work/mobilenetv2.h5" --data "$work/data" --image-size 64 \
  --pool flatten --precision fp32 --device cpu --out "$work/mobilenetv2.npy"
"$python" "$here/mobilenetv2_features_reference.py" "$work/mobilenetv2.h5" "$work/mobilenetv2.npy"
