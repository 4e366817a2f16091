#pragma once
// What one training run produced: its epochs, the epoch it kept, the decision threshold and
// temperature, and its evaluations. The model file (ModelInfo), the CLI's --json
// (TrainingOutcome) and the app's run history all embed this one type, and the one JSON writer
// and reader below are the only ones for it.
#include "Metrics.h"
#include "TrainingTypes.h"

#include <optional>
#include <string>
#include <vector>

namespace tl {

struct RunResult {
    std::vector<EpochReport> history;
    int bestEpoch = -1; // 0-based; -1: none yet
    bool stoppedEarly = false;
    double threshold = 0.5; // two classes: the decision threshold (see TrainConfig::targetSensitivity)
    // Temperature scaling's T (1: none). The head's output layer is already divided by it, so
    // every consumer of the head (predict, Grad-CAM, the exports) gets calibrated probabilities.
    double temperature = 1.0;
    // Fine-tuning (TrainConfig::fineTuneEpochs): its epochs, and the frozen phase's validation
    // metrics before it, to compare with the fine-tuned ones in `validation`.
    std::vector<EpochReport> fineTuneHistory;
    std::optional<Evaluation> frozenValidation;
    std::optional<Evaluation> validation;
    std::optional<Evaluation> test;
};

// A JSON object with history, best_epoch, stopped_early, threshold, temperature,
// fine_tune_history, warnings (runWarnings()' codes) and, when present, frozen_validation,
// validation and test. A NaN validation
// loss (no validation split) is written as null.
std::string toJson(const RunResult& result);
// Keys that are missing take their defaults; throws tl::Error when one has the wrong type.
RunResult runResultFromJson(const std::string& json);

} // namespace tl
