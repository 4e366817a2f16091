#pragma once
// What a training run reports while it runs. Each callback returns false to stop the run.
#include "Message.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace tl {

enum class Phase { ExtractingFeatures, Training, FineTuning, Evaluating };

struct ProgressReport {
    Phase phase = Phase::ExtractingFeatures;
    std::size_t done = 0, total = 0;
    double secondsLeft = -1; // negative: unknown yet
};

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

struct TrainingObserver {
    std::function<bool(const ProgressReport&)> onProgress;
    std::function<bool(const BatchReport&)> onBatch;
    std::function<bool(const EpochReport&)> onEpoch;
};

// "extracting features", "training"…: the CLI's progress line (the Train view has its own words).
Message phaseName(Phase phase);

} // namespace tl
