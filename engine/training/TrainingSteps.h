#pragma once
// The steps a training run and a cross-validation share: progress with a time estimate, scoring
// rows of cached features with a head, and the feature map's shape. Engine-internal.
#include "Dataset.h"
#include "FeatureStore.h"
#include "Head.h"
#include "HeadTrainer.h"
#include "TrainingTypes.h"

#include <chrono>
#include <cstddef>
#include <vector>

namespace tl {

// Reports progress with an estimate of the time left, from the pace since the phase began.
class ProgressMeter {
public:
    ProgressMeter(const TrainingObserver& observer, Phase phase) : m_observer(observer), m_phase(phase) {}
    bool report(std::size_t done, std::size_t total);

private:
    using Clock = std::chrono::steady_clock;
    const TrainingObserver& m_observer;
    Phase m_phase;
    bool m_started = false;
    Clock::time_point m_start;
    std::size_t m_startDone = 0;
};

// The backbone views per training image that the augmentation asks for: 1, or kDihedralViews.
int augmentationViews(const TrainConfig& config);

// The features of some of the dataset's images (members: indexes into dataset.images), in
// backbone batches, reporting progress as offset + done out of total.
ExtractedFeatures extractMembers(const FeatureStore& store, const Dataset& dataset,
                                 const std::vector<std::size_t>& members, int views, ProgressMeter& meter,
                                 std::size_t offset, std::size_t total);

// Labels and probabilities (view 0) of some rows, in plain C++ for the metrics.
struct ScoredRows {
    std::vector<int> labels;
    std::vector<std::vector<double>> probabilities;
};
ScoredRows scoreRows(Head& head, const HeadTrainingData& data, const std::vector<std::int64_t>& rows);

std::vector<int> labelsOf(const HeadTrainingData& data, const std::vector<std::int64_t>& rows);

// The shape C x h x w of features held as N x views x C x h x w.
std::vector<std::int64_t> featureMapShape(const torch::Tensor& features);

// Row-major copy of a 2-D tensor, as float64.
std::vector<std::vector<double>> toRows(const torch::Tensor& matrix);

} // namespace tl
