#!/usr/bin/env python3
"""The PyTorch reference for transferlab-bench: torchvision's vgg16().features on synthetic input,
the way a notebook runs it. usage: reference_torchvision_throughput.py DEVICE BATCH [SECONDS]"""
import sys
import time

import torch
import torchvision


def measure(device, batch, bf16, channels_last, seconds):
    model = torchvision.models.vgg16().features.eval().to(device)
    x = torch.randn(batch, 3, 224, 224, device=device) * 60
    dtype = torch.bfloat16 if bf16 else torch.float32
    model = model.to(dtype)
    x = x.to(dtype)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
        x = x.contiguous(memory_format=torch.channels_last)
    with torch.inference_mode():
        model(x).sum().item()
        images, start = 0, time.time()
        while time.time() - start < seconds:
            model(x).sum().item()
            images += batch
    return images / (time.time() - start)


def main():
    device, batch = sys.argv[1], int(sys.argv[2])
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    torch.set_num_threads(max(1, torch.get_num_threads()))
    for bf16, channels_last in [(False, False), (False, True), (True, True)]:
        rate = measure(device, batch, bf16, channels_last, seconds)
        label = f"{'bf16' if bf16 else 'fp32'} {'channels-last' if channels_last else 'NCHW'} batch {batch}"
        print(f"reference {label:32s} {rate:10.1f} images/s")


if __name__ == "__main__":
    main()
