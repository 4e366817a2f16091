#pragma once
// The steps that training, cross-validation and the cache fill share: preparing the features
// (the backbone set up once, its store, the images' features with their failures), scoring rows
// of cached features with a head, and the feature map's shape. Engine-internal.
#include "BackboneSetup.h"
#include "Dataset.h"
#include "FeatureStore.h"
#include "Head.h"
#include "HeadTrainer.h"
#include "Job.h"
#include "PhaseProgress.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace tl {

// Where a run's features come from: the backbone set up for config (loaded, Automatic's choice,
// int8's calibration: loadBackboneFor, its phases reported to the job) and its feature store.
struct FeatureSource {
    std::shared_ptr<Backbone> backbone;
    std::optional<PrecisionChoice> choice;
    FeatureStore store;
    double setupSeconds = 0;
};
FeatureSource prepareFeatureSource(const Dataset& dataset, const TrainConfig& config, const Job& job);

// The step every call that needs features shares (training, cross-validation, evaluation,
// embeddings): the images' features in backbone batches, from the store's cache or computed now,
// reporting progress as offset + done out of total and stopping when the job is cancelled
// (extracted.cancelled). Rows follow paths; the images that have none are listed as skipped files.
struct PreparedFeatures {
    ExtractedFeatures extracted;
    std::vector<SkippedFile> skipped;
};
PreparedFeatures extractImages(const FeatureStore& store, const std::vector<std::string>& paths, int views,
                               PhaseProgress& progress, std::size_t offset = 0, std::size_t total = 0);
// The same for some of the dataset's images (members: indexes into dataset.images).
PreparedFeatures extractMembers(const FeatureStore& store, const Dataset& dataset,
                                const std::vector<std::size_t>& members, int views, PhaseProgress& progress,
                                std::size_t offset, std::size_t total);

// Both steps for the calls that train heads on some of the dataset's images (cross-validation, the
// learning curve): the backbone set up for the configuration, then the members' features with the
// views its augmentation asks for. Empty when cancelled.
std::optional<PreparedFeatures> extractForHeads(const Dataset& dataset, const TrainConfig& config,
                                                const std::vector<std::size_t>& members, const Job& job);
// The head's training options for runs that no held-out image may steer: no early stopping and
// no learning-rate schedule (they would read a validation loss).
HeadTrainingOptions unsteeredHeadTrainingOptions(const TrainConfig& config);

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
