#pragma once
// A backbone's weights in the Keras layout filled with seeded random numbers (He-initialised
// kernels; batch normalisation with statistics far from the identity): the demo weights
// (DemoWeights.h), and the tests' stand-ins for the ImageNet files.
#include "Backbones.h"
#include "KerasWeights.h"

#include <cstdint>
#include <vector>

namespace tl {

// The convolutions' biases (where a layer has one): uniform in [-0.05, 0.05] (the demo
// weights'), or zero (plain He initialisation, whose features have another scale).
enum class SeededBiases { SmallUniform, Zero };

// Every layer the Keras file lists (input, convolutions, batch normalisations, paddings...), in
// its order, with seeded random arrays where the layer has weights.
std::vector<KerasLayerWeights> seededKerasLayers(BackboneId backbone, std::uint64_t seed,
                                                 SeededBiases biases = SeededBiases::SmallUniform);

} // namespace tl
