#pragma once
// Which classified images to look at first ("refer"), by an explicit rule the window and the
// report show. Two classes: the positive class's probability at or above the model's decision
// threshold, or within `band` below it (the uncertain ones). More classes: a top probability
// below `minimumConfidence`.
#include <vector>

namespace tl {

struct ModelInfo;

struct ReferRule {
    // 0.1: with calibrated probabilities (temperature scaling, on by default) an image scored 0.1
    // under the threshold is wrong about as often as one 0.1 above it is right, so it is referred.
    double band = 0.1;
    double minimumConfidence = 0.8;
};

bool refers(const std::vector<double>& probabilities, const ModelInfo& info, const ReferRule& rule);

} // namespace tl
