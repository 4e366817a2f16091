#pragma once
// Would more images help? The head trained on growing fractions of the training split (groups
// kept whole, classes in proportion) from the feature cache, each evaluated with its intervals on
// the same held-out images: the test split when there is one, else the validation split. A curve
// still climbing at 100% says more images would help. No torch types here.
#include "Dataset.h"
#include "Job.h"
#include "Metrics.h"
#include "TrainConfig.h"

#include <string>
#include <vector>

namespace tl {

struct LearningCurvePoint {
    double fraction = 0;
    std::size_t images = 0; // training images the head learnt from
    Evaluation evaluation;  // on the held-out images, with intervals
};

struct LearningCurve {
    std::vector<LearningCurvePoint> points;
    Split evaluatedOn = Split::Validation;
    std::size_t heldOutImages = 0;
    std::vector<SkippedFile> skipped;
    std::size_t featuresComputed = 0, featuresFromCache = 0;
};

// Fractions in (0, 1], increasing. Each point trains a fresh head for config.epochs, without early
// stopping (nothing held out may steer it), on the seeded subset of that fraction. Throws
// tl::Error for a fraction outside (0, 1] or a dataset with no held-out images.
JobResult<LearningCurve> learningCurve(Dataset dataset, const TrainConfig& config, const std::vector<double>& fractions,
                                       const Job& job = {});

std::string toJson(const LearningCurve& curve);

} // namespace tl
