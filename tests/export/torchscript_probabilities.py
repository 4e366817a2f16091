#!/usr/bin/python3
"""Runs a TransferLab TorchScript export in Python, as a PyTorch user would, and prints its answers.

usage: torchscript_probabilities.py MODEL.pt MANIFEST.json
MANIFEST lists raw RGB images: [{"pixels": "a.rgb", "height": H, "width": W}, ...] (uint8, H x W x 3).
Prints JSON: {"class_names": [...], "probabilities": [[...], ...], "predicted": [...]}.
Needs only Debian's python3-torch: no TransferLab code is involved.
"""
import json
import sys

import torch


def main():
    model_path, manifest_path = sys.argv[1:3]
    model = torch.jit.load(model_path)
    with open(manifest_path) as f:
        manifest = json.load(f)
    probabilities, predicted = [], []
    with torch.no_grad():
        for entry in manifest:
            with open(entry["pixels"], "rb") as f:
                raw = bytearray(f.read())
            image = torch.frombuffer(raw, dtype=torch.uint8).reshape(entry["height"], entry["width"], 3)
            probabilities.append(model(image).tolist())
            predicted.append(model.predict(image))
    print(json.dumps({"class_names": list(model.class_names), "probabilities": probabilities,
                      "predicted": predicted}))


if __name__ == "__main__":
    main()
