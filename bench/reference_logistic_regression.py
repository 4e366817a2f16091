#!/usr/bin/env python3
"""The reference recipe that issue #31 quotes, run on the product's own features of a split, to set
beside the product's default training on the same split: features averaged per channel
(`transferlab-cli features --pool avg`) and a logistic regression with scikit-learn's default
objective (L2, C = 1, on the raw features), fitted by L-BFGS in torch, which the other bench
scripts already need.

usage: reference_logistic_regression.py TRAIN.npy TEST.npy
Each FILE.npy has its FILE.paths.txt beside it; an image's class is the folder it is in.
Prints accuracy, AUC (two classes: of the second) and ECE (10 bins, as the product computes it).
"""
import os
import sys

import numpy as np
import torch


def load(npy):
    features = torch.from_numpy(np.load(npy)).double()
    with open(os.path.splitext(npy)[0] + ".paths.txt") as paths:
        labels = [os.path.basename(os.path.dirname(line.strip())) for line in paths if line.strip()]
    return features, labels


def fit(features, targets, classes, c=1.0):
    """Returns the fitted model's class probabilities. Two classes: one weight vector, as
    scikit-learn fits them (a softmax over two would halve the penalty's weight)."""
    columns = 1 if classes == 2 else classes
    weights = torch.zeros(features.shape[1], columns, dtype=torch.float64, requires_grad=True)
    bias = torch.zeros(columns, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([weights, bias], max_iter=1000, tolerance_grad=1e-9,
                                  line_search_fn="strong_wolfe")

    def logits(x):
        z = x @ weights + bias
        return torch.cat([torch.zeros_like(z), z], dim=1) if columns == 1 else z

    def objective():
        optimizer.zero_grad()
        data = torch.nn.functional.cross_entropy(logits(features), targets, reduction="sum")
        loss = 0.5 * (weights ** 2).sum() + c * data
        loss.backward()
        return loss

    optimizer.step(objective)
    return lambda x: torch.softmax(logits(x), dim=1).detach()


def auc(scores, positives):
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    count = positives.sum()
    return (ranks[positives].sum() - count * (count + 1) / 2) / (count * (len(scores) - count))


def ece(probabilities, targets, bins=10):
    confidence, predicted = probabilities.max(axis=1), probabilities.argmax(axis=1)
    which = np.clip((confidence * bins).astype(int), 0, bins - 1)  # [low, high), 1.0 in the last
    total = 0.0
    for b in range(bins):
        inside = which == b
        if inside.any():
            total += inside.sum() * abs((predicted[inside] == targets[inside]).mean() - confidence[inside].mean())
    return total / len(targets)


def main():
    train_features, train_labels = load(sys.argv[1])
    test_features, test_labels = load(sys.argv[2])
    classes = sorted(set(train_labels))
    train_targets = torch.tensor([classes.index(label) for label in train_labels])
    test_targets = np.array([classes.index(label) for label in test_labels])
    probabilities = fit(train_features, train_targets, len(classes))(test_features).numpy()
    accuracy = (probabilities.argmax(axis=1) == test_targets).mean()
    line = f"reference recipe (average pooling, logistic regression C=1): {len(test_targets)} test images, accuracy {accuracy:.3f}"
    if len(classes) == 2:
        line += f", AUC {auc(probabilities[:, 1], test_targets == 1):.3f}"
    print(line + f", ECE {ece(probabilities, test_targets):.3f}")


if __name__ == "__main__":
    main()
