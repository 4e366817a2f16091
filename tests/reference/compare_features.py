"""What both independent references share: their network's flattened features of the images
listed beside a `.npy` written by `transferlab-cli features --pool flatten --precision fp32`,
compared row by row with it."""
import sys

import numpy as np
import torch


def compare_and_exit(network, to_input, features_path, tolerance=1e-4):
    """Prints the largest relative error over all rows; exits 1 when it exceeds the tolerance."""
    ours = np.load(features_path)
    paths = open(features_path[:-4] + ".paths.txt").read().splitlines()
    worst = 0.0
    with torch.no_grad():
        for start in range(0, len(paths), 16):
            batch = torch.stack([to_input(p) for p in paths[start:start + 16]])
            reference = network(batch).flatten(1).numpy()
            mine = ours[start:start + len(batch)]
            errors = np.linalg.norm(mine - reference, axis=1) / np.maximum(np.linalg.norm(reference, axis=1), 1e-12)
            worst = max(worst, float(errors.max()))
    print(f"images {len(paths)}  max relative error {worst:.3e}")
    sys.exit(0 if worst <= tolerance else 1)
