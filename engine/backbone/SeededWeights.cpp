#include "SeededWeights.h"

#include "NetworkPlan.h"

#include <cmath>
#include <functional>
#include <map>
#include <random>

namespace tl {
namespace {

FloatArray filled(std::vector<std::int64_t> shape, const std::function<float()>& draw)
{
    std::size_t count = 1;
    for (std::int64_t d : shape)
        count *= static_cast<std::size_t>(d);
    FloatArray array{std::move(shape), std::vector<float>(count)};
    for (float& value : array.values)
        value = draw();
    return array;
}

// A convolution's arrays (and its bias unless a batch normalisation follows), with Keras' names.
KerasLayerWeights convolutionWeights(const LayerPlan& layer, std::mt19937_64& random, SeededBiases biases)
{
    const int k = layer.kernelSize;
    const int fanIn = k * k * (layer.inChannels / layer.groups());
    std::normal_distribution<float> normal(0.0f, std::sqrt(2.0f / static_cast<float>(fanIn)));
    KerasLayerWeights weights{layer.name, {}, {}};
    if (layer.kind == LayerKind::Depthwise) {
        weights.arrays.push_back(filled({k, k, layer.inChannels, 1}, [&] { return normal(random); }));
        weights.weightNames = {"depthwise_kernel"};
        return weights;
    }
    weights.arrays.push_back(filled({k, k, layer.inChannels, layer.outChannels}, [&] { return normal(random); }));
    weights.weightNames = {"kernel"};
    if (layer.batchNorm.empty()) {
        std::uniform_real_distribution<float> small(-0.05f, 0.05f);
        weights.arrays.push_back(
            filled({layer.outChannels}, [&] { return biases == SeededBiases::SmallUniform ? small(random) : 0.0f; }));
        weights.weightNames.push_back("bias");
    }
    return weights;
}

// Statistics that matter: a loader that skipped any of them would compute other features.
KerasLayerWeights batchNormWeights(const LayerPlan& layer, std::mt19937_64& random)
{
    std::uniform_real_distribution<float> gamma(0.6f, 1.4f), beta(-0.2f, 0.2f), mean(-0.3f, 0.3f), variance(0.5f, 2.0f);
    const std::int64_t channels = layer.outChannels;
    return {layer.batchNorm,
            {filled({channels}, [&] { return gamma(random); }), filled({channels}, [&] { return beta(random); }),
             filled({channels}, [&] { return mean(random); }), filled({channels}, [&] { return variance(random); })},
            {"gamma", "beta", "moving_mean", "moving_variance"}};
}

} // namespace

std::vector<KerasLayerWeights> seededKerasLayers(BackboneId backbone, std::uint64_t seed, SeededBiases biases)
{
    std::mt19937_64 random(seed);
    std::map<std::string, KerasLayerWeights> withWeights;
    for (const LayerPlan& layer : networkPlan(backbone).layers) {
        if (!layer.hasWeights())
            continue;
        withWeights[layer.name] = convolutionWeights(layer, random, biases);
        if (!layer.batchNorm.empty())
            withWeights[layer.batchNorm] = batchNormWeights(layer, random);
    }
    std::vector<KerasLayerWeights> layers;
    for (const std::string& name : kerasLayerNames(networkPlan(backbone))) {
        const auto found = withWeights.find(name);
        layers.push_back(found != withWeights.end() ? found->second : KerasLayerWeights{name, {}, {}});
    }
    return layers;
}

} // namespace tl
