#pragma once
// Trains the head on cached features: mini-batches, optional class weights, Adam or SGD,
// reduce-LR-on-plateau, early stopping with the best epoch's weights restored. Each epoch is
// seeded from (seed, epoch) alone, and a checkpoint after each epoch holds all the remaining
// state, so a resumed run continues exactly as the uninterrupted run would have.
#include "Head.h"
#include "Job.h"
#include "TrainConfig.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace tl {

struct HeadTrainingData {
    torch::Tensor features; // N x views x C x h x w
    torch::Tensor labels;   // N, int64
    std::vector<std::int64_t> train;
    std::vector<std::int64_t> validation;
};

// The part of a run's configuration that the training loop reads (see TrainConfig for each),
// made by headTrainingOptions(): its defaults are TrainConfig's.
struct HeadTrainingOptions {
    OptimizerType optimizer{};
    double learningRate{}, momentum{};
    int batchSize{}, epochs{};
    std::uint64_t seed{};
    bool autoClassWeights{};
    int earlyStoppingPatience{}, reduceLrPatience{}; // 0: off
    double reduceLrFactor{};
    // Train on normalised inputs (see HeadImpl::normaliseInputs); the trained head has the
    // normalisation folded into its first layer.
    bool normaliseFeatures{};
};
HeadTrainingOptions headTrainingOptions(const TrainConfig& config = {});

// Where the loop saves its state after each epoch. runIdentity names the run's settings (any
// text): a checkpoint is resumed only by a run of the same identity. An empty path: no checkpoints.
struct HeadCheckpoint {
    std::string path;
    bool resume = false;
    std::string runIdentity;
};

struct HeadTrainingResult {
    Head head{nullptr}; // the best epoch's weights (by validation loss), else the last epoch's
    std::vector<EpochReport> history;
    int bestEpoch = -1;
    bool stoppedEarly = false;
    bool cancelled = false;
};

// With checkpoint.resume, a checkpoint of the same identity is continued; a missing one starts
// from scratch; a damaged or foreign one is an error. Reports each batch and epoch to the job and
// stops (cancelled) after the batch in which its token was cancelled.
HeadTrainingResult trainHead(const HeadTrainingData& data, const HeadTrainingOptions& options, const HeadSpec& spec,
                             const Job& job, const HeadCheckpoint& checkpoint = {});

// The features of each row in its view (rows[i] in views[i]), as float32: N x C x h x w.
torch::Tensor gather(const torch::Tensor& features, const std::vector<std::int64_t>& rows,
                     const std::vector<std::int64_t>& views);

// The head's logits for the given rows and view, in evaluation mode.
torch::Tensor headLogits(Head& head, const torch::Tensor& features, const std::vector<std::int64_t>& rows,
                         int view = 0);
// Softmax probabilities for the given rows and view, in evaluation mode.
torch::Tensor headProbabilities(Head& head, const torch::Tensor& features, const std::vector<std::int64_t>& rows,
                                int view = 0);
// Test-time augmentation: the probabilities averaged over every view the features hold.
torch::Tensor averageProbabilityOverViews(Head& head, const torch::Tensor& features,
                                          const std::vector<std::int64_t>& rows);

} // namespace tl
