#pragma once
// A Keras convolutional base (NetworkPlan.h) with its weights as plain tensors and a functional
// forward pass. Keeping the weights as tensors (not an nn::Module) makes precision and layout
// changes a simple conversion, and lets fine-tuning train a slice of them.
#include "KerasWeights.h"
#include "NetworkPlan.h"

#include <torch/torch.h>

#include <vector>

namespace tl {

struct ConvNetwork {
    BackboneId backbone = BackboneId::Vgg16;
    // Indexed like the plan's layers; undefined for pooling layers. Kernels are OIHW (a
    // depthwise one C x 1 x k x k) with batch normalisation folded in.
    std::vector<torch::Tensor> kernels;
    std::vector<torch::Tensor> biases;

    const NetworkPlan& plan() const { return networkPlan(backbone); }

    // Loads the plan's layers from Keras layers (following the file's order of weights, as Keras
    // does), checking every name and shape; throws tl::Error naming what is wrong, and naming
    // the network the file holds when it is another backbone's.
    static ConvNetwork fromKeras(BackboneId backbone, const std::vector<KerasLayerWeights>& layers,
                                 const std::string& sourceForMessages);
    // He-initialised weights (SeededWeights.h): for benchmarks and tests on synthetic data.
    static ConvNetwork seededRandom(BackboneId backbone, std::uint64_t seed);

    ConvNetwork to(torch::Device device, torch::ScalarType type, bool channelsLast) const;

    // input: N x 3 x H x W, preprocessed. Returns N x C x H/32 x W/32.
    torch::Tensor forward(torch::Tensor input) const { return run(std::move(input), 0, kernels.size()); }
    // Up to the layers fine-tuning trains (what it caches), and those layers on that output.
    // Differentiable: fine-tuning trains them.
    torch::Tensor forwardToTuned(torch::Tensor input) const;
    torch::Tensor forwardTuned(torch::Tensor frozen) const;
    // The last convolution's activation (Grad-CAM's), and the rest of the network on it.
    torch::Tensor lastConvActivation(torch::Tensor input) const;
    torch::Tensor afterLastConv(torch::Tensor activation) const;

    // Layers [begin, end) of the plan; no residual may be open at either end.
    torch::Tensor run(torch::Tensor x, std::size_t begin, std::size_t end) const;

    // The arithmetic of one image: two operations per multiply-add of the convolutions
    // (VGG16: 30.7 GFLOP at 224 x 224; MobileNetV2: 0.6).
    static double gflop(BackboneId backbone, int imageSize);
};

// The zero padding a layer adds before its convolution, on an input of height x width:
// {left, right, top, bottom}.
std::vector<std::int64_t> paddingOf(const LayerPlan& layer, std::int64_t height, std::int64_t width);

} // namespace tl
