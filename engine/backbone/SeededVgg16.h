#pragma once
// VGG16 notop weights in the Keras layout filled with seeded random numbers (He-initialised
// kernels): the demo weights (DemoWeights.h), and the tests' stand-ins for the ImageNet file.
#include "KerasWeights.h"

#include <cstdint>
#include <vector>

namespace tl {

// The convolutions' biases: uniform in [-0.05, 0.05] (the demo weights'), or zero (plain He
// initialisation, whose features have another scale).
enum class SeededBiases { SmallUniform, Zero };

// The 19 layers of VGG16 notop (input, 13 convolutions, 5 poolings) with seeded random arrays.
std::vector<KerasLayerWeights> seededVgg16Layers(std::uint64_t seed, SeededBiases biases = SeededBiases::SmallUniform);

} // namespace tl
