#pragma once
// Fine-tuning beyond the frozen recipe: a second phase that unfreezes the backbone's last layers
// (NetworkPlan::firstTunedLayer on: VGG16's block 5, MobileNetV2's block 16 and last 1x1
// convolution) and trains them together with the head at a low learning rate. Its input is the
// output of the layers before, extracted once and cached like the final features, so an epoch
// costs the tuned layers and the head only (VGG16: about a seventh of the network's work).
#include "FloatArray.h"
#include "HeadTrainer.h"
#include "TrainConfig.h"
#include "Job.h"
#include "ConvNetwork.h"

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
    ConvNetwork network; // the input network with the best epoch's tuned layers
    Head head{nullptr};  // the best epoch's head
    std::vector<EpochReport> history;
    int bestEpoch = -1; // by validation loss; the last epoch without a validation split
    bool cancelled = false;
};

// data.features: the tuned layers' input, N x views x C x h x w. Starts from network's tuned layers and
// from head (the frozen phase's), runs options.epochs epochs of Adam at options.learningRate. The
// job hears Phase::FineTuning batch counts; a cancelled token stops it after the batch.
FineTuneResult fineTuneLayers(const ConvNetwork& network, const Head& head, const HeadTrainingData& data,
                              const FineTuneOptions& options, const Job& job);

// The tuned layers' weights as the model file stores them, batch normalisation folded in:
// "block5_conv1.kernel" (OIHW), "block5_conv1.bias"...
std::vector<ArrayShape> tunedArrayShapes(BackboneId backbone);
std::vector<NamedArray> tunedArrays(const ConvNetwork& network);
// network with its tuned layers replaced by the arrays (in tunedArrayShapes()'s order and shapes).
ConvNetwork withTunedArrays(const ConvNetwork& network, const std::vector<NamedArray>& arrays);

// The tuned layers run over their cached input: N x views x C x h x w -> N x views x C' x h' x w'.
torch::Tensor tunedFeatures(const ConvNetwork& network, const torch::Tensor& inputFeatures);

} // namespace tl
