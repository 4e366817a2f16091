#pragma once
// Error review: the misclassified images, most confident mistakes first, and the marks a reviewer
// puts on them (ReviewMarks.h).
#include "Metrics.h"
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
// predicted: the evaluation's class for each sample.
std::vector<ReviewItem> misclassifiedImages(const ScoredSamples& samples, const std::vector<int>& predicted,
                                            std::optional<int> trueClass = {}, std::optional<int> predictedClass = {});

} // namespace tl
