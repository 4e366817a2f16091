#!/usr/bin/env python3
"""Independent reference for TransferLab's frozen-VGG16 features.

Builds torchvision's vgg16().features, loads Keras notop weights with h5py (following the file's
layer_names / weight_names attributes, as Keras does), decodes the images with Pillow, applies Keras'
"caffe" preprocessing, and compares the flattened features with the rows of a `.npy` file written by
`transferlab-cli features --pool flatten --precision fp32`.

usage: vgg16_features_reference.py WEIGHTS.h5 FEATURES.npy   (FEATURES.paths.txt beside it)
Prints the largest relative error over all rows; exits 1 when it exceeds 1e-4.
"""
import sys

import h5py
import numpy as np
import torch
import torchvision
from PIL import Image

from compare_features import compare_and_exit


def keras_conv_weights(path):
    with h5py.File(path, "r") as f:
        root = f if "layer_names" in f.attrs else f["model_weights"]
        for layer in root.attrs["layer_names"]:
            group = root[layer.decode() if isinstance(layer, bytes) else layer]
            names = [n.decode() if isinstance(n, bytes) else n for n in group.attrs["weight_names"]]
            if names:
                yield np.array(group[names[0]]), np.array(group[names[1]])


def reference_network(weights_path):
    network = torchvision.models.vgg16().features.eval()
    convs = [m for m in network if isinstance(m, torch.nn.Conv2d)]
    pairs = list(keras_conv_weights(weights_path))
    assert len(pairs) == len(convs) == 13
    with torch.no_grad():
        for conv, (kernel, bias) in zip(convs, pairs):
            conv.weight.copy_(torch.from_numpy(kernel).permute(3, 2, 0, 1))
            conv.bias.copy_(torch.from_numpy(bias))
    return network


def caffe_input(path):
    rgb = np.asarray(Image.open(path).convert("RGB"), dtype=np.float32)
    bgr = rgb[:, :, ::-1] - np.array([103.939, 116.779, 123.68], dtype=np.float32)
    return torch.from_numpy(np.ascontiguousarray(bgr.transpose(2, 0, 1)))


def main():
    network = reference_network(sys.argv[1])
    compare_and_exit(network, caffe_input, sys.argv[2])


if __name__ == "__main__":
    main()
