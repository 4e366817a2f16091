#include "SeededVgg16.h"

#include "Vgg16Layout.h"

#include <cmath>
#include <random>

namespace tl {

std::vector<KerasLayerWeights> seededVgg16Layers(std::uint64_t seed, SeededBiases biases)
{
    std::mt19937_64 random(seed);
    std::vector<KerasLayerWeights> layers = {{"input_1", {}}};
    for (const Vgg16Layer& layer : vgg16Layers()) {
        KerasLayerWeights weights{layer.name, {}};
        if (layer.isConv()) {
            std::normal_distribution<float> normal(0.0f, std::sqrt(2.0f / (9.0f * layer.inChannels)));
            FloatArray kernel{{3, 3, layer.inChannels, layer.outChannels}, {}};
            kernel.values.resize(9 * static_cast<std::size_t>(layer.inChannels) * layer.outChannels);
            for (float& value : kernel.values)
                value = normal(random);
            FloatArray bias{{layer.outChannels}, std::vector<float>(static_cast<std::size_t>(layer.outChannels))};
            std::uniform_real_distribution<float> small(-0.05f, 0.05f);
            if (biases == SeededBiases::SmallUniform)
                for (float& value : bias.values)
                    value = small(random);
            weights.arrays = {std::move(kernel), std::move(bias)};
        }
        layers.push_back(std::move(weights));
    }
    return layers;
}

} // namespace tl
