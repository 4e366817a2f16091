#pragma once
// What a training reports while it runs (through Job.h's hooks): each mini-batch and each epoch.

namespace tl {

struct BatchReport {
    int epoch = 0; // 0-based
    int batch = 0, batchesPerEpoch = 0;
    double loss = 0, accuracy = 0;
};

struct EpochReport {
    int epoch = 0; // 0-based
    double trainLoss = 0, trainAccuracy = 0;
    double validationLoss = 0, validationAccuracy = 0; // NaN when there is no validation split
    double learningRate = 0;
};

} // namespace tl
