#pragma once
// Which classified images to look at first ("refer"), by an explicit rule the window and the
// report show. Two classes: the positive class's probability at or above the model's decision
// threshold, or within `band` below it (the uncertain ones). More classes: a top probability
// below `minimumConfidence`.
#include <vector>

namespace tl {

struct ModelInfo;

struct ReferRule {
    // 0.1: the images the model barely calls negative are looked at too (with the default
    // calibrated probabilities and threshold 0.5, everything from 0.4 up).
    double band = 0.1;
    double minimumConfidence = 0.8;
};

// The probability the rule reads, and a batch's row shows: the positive class's for two classes,
// else the top one.
double referredProbability(const std::vector<double>& probabilities, const ModelInfo& info);
bool refers(const std::vector<double>& probabilities, const ModelInfo& info, const ReferRule& rule);

} // namespace tl
