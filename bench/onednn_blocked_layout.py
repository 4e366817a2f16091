#!/usr/bin/python3
"""Would a direct oneDNN path pay? (issue #19, item 4.) Measures torchvision's vgg16().features at
224x224, batch 16, on all cores, in channels-last (the layout TransferLab's fp32 and bf16 paths
use) and in oneDNN's own blocked layout through torch.utils.mkldnn: weights reordered once at
load, activations kept blocked between layers. The ratio is the most a hand-written oneDNN
path could gain over channels-last, without fused post-ops.

  onednn_blocked_layout.py [SECONDS]     one line per case, then the blocked/channels-last ratios
"""
import os
import sys
import time

import torch
import torchvision
from torch.utils import mkldnn as mkldnn_utils


def rate(model, x, finish, seconds):
    with torch.inference_mode():
        for _ in range(2):
            finish(model(x))
        images, start = 0, time.time()
        while time.time() - start < seconds:
            finish(model(x))
            images += 16
    return images / (time.time() - start)


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 6.0
    torch.set_num_threads(os.cpu_count())
    x = torch.randn(16, 3, 224, 224) * 60
    rates = {}
    for dtype, name in [(torch.float32, "fp32"), (torch.bfloat16, "bf16")]:
        last = torchvision.models.vgg16().features.eval().to(dtype).to(memory_format=torch.channels_last)
        xl = x.to(dtype).contiguous(memory_format=torch.channels_last)
        rates[name, "channels-last"] = rate(last, xl, lambda y: y.float().sum().item(), seconds)
        blocked = mkldnn_utils.to_mkldnn(torchvision.models.vgg16().features.eval(), dtype)
        rates[name, "blocked"] = rate(blocked, x.to_mkldnn(dtype), lambda y: y.to_dense().float().sum().item(),
                                      seconds)
    for (name, layout), value in rates.items():
        print(f"{name} {layout:14s} {value:6.2f} img/s")
    for name in ("fp32", "bf16"):
        print(f"{name} blocked / channels-last: x{rates[name, 'blocked'] / rates[name, 'channels-last']:.2f}")


if __name__ == "__main__":
    main()
