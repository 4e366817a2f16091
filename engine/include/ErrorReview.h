#pragma once
// Error review: the misclassified images, most confident mistakes first, and the marks a reviewer
// puts on them (ReviewMarks.h).
#include "ReviewMarks.h"

#include <optional>
#include <string>
#include <vector>

namespace tl {

struct ReviewItem {
    std::size_t sample = 0; // index into the evaluation's samples
    std::string path;
    int trueClass = 0, predictedClass = 0;
    double confidence = 0; // the predicted class's probability
};

// The samples whose prediction is not their label, sorted by confidence, highest first (ties keep
// the samples' order): confident mistakes are the likeliest label errors and the costliest misses.
// trueClass / predictedClass, when given, keep only that cell of the confusion matrix.
std::vector<ReviewItem> misclassifiedImages(const std::vector<std::string>& paths, const std::vector<int>& labels,
                                            const std::vector<int>& predicted,
                                            const std::vector<std::vector<double>>& probabilities,
                                            std::optional<int> trueClass = {}, std::optional<int> predictedClass = {});

} // namespace tl
