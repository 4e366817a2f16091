#!/usr/bin/env python3
"""Independent reference for TransferLab's frozen-MobileNetV2 features.

Builds torchvision's mobilenet_v2().features, fills it from a Keras "no top" file with h5py
(following the file's layer_names / weight_names attributes, as Keras does: convolution kernels and
BatchNormalization gamma, beta, moving mean and moving variance in the file's order, epsilon 1e-3),
pads the stride-2 convolutions as Keras' ZeroPadding2D(correct_pad) does, decodes the images with
Pillow, applies Keras' "tf" preprocessing (x / 127.5 - 1) and compares the flattened features with
the rows of a `.npy` file written by `transferlab-cli features --backbone mobilenetv2 --pool flatten
--precision fp32`.

usage: mobilenetv2_features_reference.py WEIGHTS.h5 FEATURES.npy   (FEATURES.paths.txt beside it)
Prints the largest relative error over all rows; exits 1 when it exceeds 1e-4.
"""
import sys

import h5py
import numpy as np
import torch
import torchvision
from PIL import Image

from compare_features import compare_and_exit


class KerasPad(torch.nn.Module):
    """ZeroPadding2D(correct_pad(x, 3)): one row and column fewer at the top and left of an even side."""

    def forward(self, x):
        height, width = x.shape[2], x.shape[3]
        return torch.nn.functional.pad(x, (1 - (1 - width % 2), 1, 1 - (1 - height % 2), 1))


def keras_arrays(path):
    """(kind, arrays) per Keras layer with weights, in the file's order."""
    with h5py.File(path, "r") as f:
        root = f if "layer_names" in f.attrs else f["model_weights"]
        for layer in root.attrs["layer_names"]:
            group = root[layer.decode() if isinstance(layer, bytes) else layer]
            names = [n.decode() if isinstance(n, bytes) else n for n in group.attrs["weight_names"]]
            if not names:
                continue
            arrays = [np.array(group[name]) for name in names]
            yield ("norm" if "gamma" in names[0] else "conv"), arrays


def reference_network(weights_path):
    network = torchvision.models.mobilenet_v2().features.eval()
    convs = [m for m in network.modules() if isinstance(m, torch.nn.Conv2d)]
    norms = [m for m in network.modules() if isinstance(m, torch.nn.BatchNorm2d)]
    layers = list(keras_arrays(weights_path))
    kernels = [arrays[0] for kind, arrays in layers if kind == "conv"]
    statistics = [arrays for kind, arrays in layers if kind == "norm"]
    assert len(kernels) == len(convs) == 52 and len(statistics) == len(norms) == 52
    with torch.no_grad():
        for conv, kernel in zip(convs, kernels):
            # Keras: HWIO (a depthwise kernel: H W C 1); torch: OIHW (depthwise: C 1 H W).
            order = (2, 3, 0, 1) if conv.groups > 1 else (3, 2, 0, 1)
            conv.weight.copy_(torch.from_numpy(kernel).permute(*order))
            if conv.stride == (2, 2):  # Keras pads, then convolves without padding
                conv.padding = (0, 0)
        for norm, (gamma, beta, mean, variance) in zip(norms, statistics):
            norm.weight.copy_(torch.from_numpy(gamma))
            norm.bias.copy_(torch.from_numpy(beta))
            norm.running_mean.copy_(torch.from_numpy(mean))
            norm.running_var.copy_(torch.from_numpy(variance))
            norm.eps = 1e-3
    # Put a KerasPad before every stride-2 convolution.
    for module in list(network.modules()):
        for name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Conv2d) and child.stride == (2, 2):
                setattr(module, name, torch.nn.Sequential(KerasPad(), child))
    return network


def tf_input(path):
    rgb = np.asarray(Image.open(path).convert("RGB"), dtype=np.float32)
    return torch.from_numpy(np.ascontiguousarray((rgb / 127.5 - 1.0).transpose(2, 0, 1)))


def main():
    network = reference_network(sys.argv[1])
    compare_and_exit(network, tf_input, sys.argv[2])


if __name__ == "__main__":
    main()
