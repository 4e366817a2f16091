#pragma once
// Fine-tuning beyond the frozen recipe: a second phase that unfreezes VGG16's block 5 (its three
// convolutions) and trains it together with the head at a low learning rate. Its input is block 4's
// output, extracted once and cached like the final features, so an epoch costs block 5 and the
// head only: about a seventh of the network's work.
#include "FloatArray.h"
#include "HeadTrainer.h"
#include "TrainConfig.h"
#include "Job.h"
#include "Vgg16Network.h"

#include <torch/torch.h>

#include <vector>

namespace tl {

// The part of a run's configuration that fine-tuning reads, made by fineTuneOptions().
struct FineTuneOptions {
    int epochs{};
    double learningRate{};
    int batchSize{};
    std::uint64_t seed{};
};
FineTuneOptions fineTuneOptions(const TrainConfig& config);

struct FineTuneResult {
    Vgg16Network network; // the input network with the best epoch's block 5
    Head head{nullptr};   // the best epoch's head
    std::vector<EpochReport> history;
    int bestEpoch = -1; // by validation loss; the last epoch without a validation split
    bool cancelled = false;
};

// data.features: block-4 output, N x views x 512 x S/16 x S/16. Starts from network's block 5 and
// from head (the frozen phase's), runs options.epochs epochs of Adam at options.learningRate. The
// job hears Phase::FineTuning batch counts; a cancelled token stops it after the batch.
FineTuneResult fineTuneBlock5(const Vgg16Network& network, const Head& head, const HeadTrainingData& data,
                              const FineTuneOptions& options, const Job& job);

// Block 5's weights as the model file stores them: "block5_conv1.kernel" (OIHW), "block5_conv1.bias"...
std::vector<ArrayShape> block5ArrayShapes();
std::vector<NamedArray> block5Arrays(const Vgg16Network& network);
// network with block 5 replaced by the arrays (in block5ArrayShapes()'s order and shapes).
Vgg16Network withBlock5Arrays(const Vgg16Network& network, const std::vector<NamedArray>& arrays);

// Block 5 run over cached block-4 features: N x views x 512 x S/16 x S/16 -> N x views x 512 x S/32 x S/32.
torch::Tensor block5Features(const Vgg16Network& network, const torch::Tensor& block4Features);

} // namespace tl
