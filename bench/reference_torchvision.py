#!/usr/bin/python3
"""The PyTorch reference that `transferlab-cli bench` measures TransferLab against, written the way
a notebook does the job with Debian's python3-torch and python3-torchvision, threads set to the cores.

  reference_torchvision.py throughput DEVICE BATCH SECONDS [all|fp32-only] [vgg16|mobilenetv2]
      torchvision vgg16().features (or mobilenet_v2().features) on synthetic input: fp32 NCHW,
      fp32 channels-last, bf16 channels-last (not with fp32-only). One JSON line per case.
  reference_torchvision.py train DATA_DIR IMAGES EPOCHS IMAGE_SIZE [vgg16|mobilenetv2]
      The usual notebook loop on the first IMAGES images of DATA_DIR (a stratified pick, classes
      in sorted order): frozen base recomputed on every batch of every epoch, Flatten +
      Dense head trained with Adam, batch 32. Prints one JSON line with the wall time.
"""
import json
import os
import sys
import time

import torch
import torchvision
from PIL import Image

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")


def peak_rss_bytes():
    # VmHWM, not getrusage(): ru_maxrss survives execve, so it would report the bench's own peak
    # at the moment it started this script.
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024


def frozen_base(backbone):
    """The convolutional base and its output channels."""
    if backbone == "mobilenetv2":
        return torchvision.models.mobilenet_v2().features.eval(), 1280
    return torchvision.models.vgg16().features.eval(), 512


def throughput(device, batch, seconds, with_bf16=True, backbone="vgg16"):
    for bf16, channels_last in [(False, False), (False, True), (True, True)][:3 if with_bf16 else 2]:
        model = frozen_base(backbone)[0].to(device)
        x = torch.randn(batch, 3, 224, 224, device=device)
        x = x * 60 if backbone == "vgg16" else x.clamp(-1, 1)
        dtype = torch.bfloat16 if bf16 else torch.float32
        model, x = model.to(dtype), x.to(dtype)
        if channels_last:
            model = model.to(memory_format=torch.channels_last)
            x = x.contiguous(memory_format=torch.channels_last)
        with torch.inference_mode():
            model(x).sum().item()  # warm-up
            images, start = 0, time.time()
            while time.time() - start < seconds:
                model(x).sum().item()
                images += batch
        print(json.dumps({"case": "throughput", "bf16": bf16, "channels_last": channels_last, "batch": batch,
                          "images_per_second": images / (time.time() - start)}), flush=True)


def stratified_files(data_dir, count):
    """The dataset's images, class folders sorted, `count` of them in proportion to each class."""
    root = os.path.join(data_dir, "train") if os.path.isdir(os.path.join(data_dir, "train")) else data_dir
    classes = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    per_class = [sorted(f for f in os.listdir(os.path.join(root, c)) if f.lower().endswith(IMAGE_EXTENSIONS))
                 for c in classes]
    total = sum(len(files) for files in per_class)
    picked = []
    for label, (name, files) in enumerate(zip(classes, per_class)):
        take = max(1, round(count * len(files) / total))
        picked += [(os.path.join(root, name, f), label) for f in files[:take]]
    return picked[:count], len(classes)


def train(data_dir, count, epochs, image_size, backbone="vgg16"):
    files, classes = stratified_files(data_dir, count)
    transform = torchvision.transforms.Compose([
        torchvision.transforms.Resize((image_size, image_size)),
        torchvision.transforms.ToTensor(),
        torchvision.transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ])

    class Files(torch.utils.data.Dataset):
        def __len__(self):
            return len(files)

        def __getitem__(self, i):
            path, label = files[i]
            return transform(Image.open(path).convert("RGB")), label

    base, channels = frozen_base(backbone)
    for parameter in base.parameters():
        parameter.requires_grad = False
    head = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(channels * (image_size // 32) ** 2, classes))
    optimizer = torch.optim.Adam(head.parameters(), lr=1e-3)
    loader = torch.utils.data.DataLoader(Files(), batch_size=32, shuffle=True)
    start = time.time()
    for _ in range(epochs):
        for x, y in loader:
            with torch.no_grad():
                features = base(x)
            loss = torch.nn.functional.cross_entropy(head(features), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    seconds = time.time() - start
    print(json.dumps({"case": "train", "images": len(files), "epochs": epochs, "seconds": seconds,
                      "peak_resident_bytes": peak_rss_bytes()}), flush=True)


def main():
    torch.set_num_threads(os.cpu_count() or 1)  # Debian's torch starts with one thread
    mode = sys.argv[1]
    if mode == "throughput":
        throughput(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5:6] != ["fp32-only"],
                   (sys.argv[6:7] or ["vgg16"])[0])
    elif mode == "train":
        train(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), (sys.argv[6:7] or ["vgg16"])[0])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
