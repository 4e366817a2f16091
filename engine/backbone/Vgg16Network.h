#pragma once
// The VGG16 convolutional base as plain tensors and a functional forward pass. Keeping the
// weights as tensors (not an nn::Module) makes precision and layout changes a simple conversion.
#include "KerasWeights.h"

#include <torch/torch.h>

#include <vector>

namespace tl {

struct Vgg16Network {
    std::vector<torch::Tensor> kernels; // OIHW, one per conv layer
    std::vector<torch::Tensor> biases;

    // Loads Keras layers, checking every name and shape; throws tl::Error naming what is wrong.
    static Vgg16Network fromKeras(const std::vector<KerasLayerWeights>& layers, const std::string& sourceForMessages);
    // He-initialised weights from a seed: for benchmarks on synthetic data.
    static Vgg16Network seededRandom(std::uint64_t seed);

    Vgg16Network to(torch::Device device, torch::ScalarType type, bool channelsLast) const;

    // input: N x 3 x H x W, preprocessed. Returns N x 512 x H/32 x W/32.
    torch::Tensor forward(torch::Tensor input) const;
    // Blocks 1 to 4, block4_pool included: N x 512 x H/16 x W/16 (what fine-tuning caches).
    torch::Tensor forwardToBlock4(torch::Tensor input) const;
    // Block 5 on forwardToBlock4's output: N x 512 x H/32 x W/32. Differentiable: fine-tuning trains it.
    torch::Tensor forwardBlock5(torch::Tensor block4) const;

    static constexpr std::size_t kFirstBlock5Conv = 10;  // block5_conv1's index in kernels and biases
    static constexpr std::size_t kFirstBlock5Layer = 14; // block5_conv1's index in vgg16Layers()

    // The last convolution's activation (block5_conv3, after ReLU), before the final pooling.
    torch::Tensor lastConvActivation(torch::Tensor input) const;

private:
    torch::Tensor runLayers(torch::Tensor x, std::size_t begin, std::size_t end, std::size_t conv) const;
};

} // namespace tl
