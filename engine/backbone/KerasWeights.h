#pragma once
// The Keras HDF5 weights format, read the way Keras itself reads it: the root attribute
// `layer_names` lists the layers in order, each layer group's `weight_names` attribute lists its
// arrays (kernel first, then bias). Both the old (`block1_conv1_W_1:0`) and the new
// (`block1_conv1/kernel:0`) naming work because names are followed, never guessed.
#include "FloatArray.h"

#include <map>
#include <string>
#include <vector>

namespace tl {

struct KerasLayerWeights {
    std::string name;
    std::vector<FloatArray> arrays; // empty for layers without weights (input, pooling)
    // For writing: each array's role as Keras names it ("kernel", "depthwise_kernel", "gamma",
    // "moving_variance"...); empty: a kernel and a bias. Reading follows the file's order, as
    // Keras does, and leaves it empty.
    std::vector<std::string> weightNames = {};
};

// All layers listed in the file, in order. Throws tl::Error if the file is not a Keras weights file.
std::vector<KerasLayerWeights> readKerasWeights(const std::string& path);

enum class KerasNaming {
    Legacy, // block1_conv1_W_1:0, block1_conv1_b_1:0 (Keras 1 / early Keras 2 files)
    Modern  // block1_conv1/kernel:0, block1_conv1/bias:0 (Keras 2.x)
};

// Writes layers in the exact layout Keras produces, atomically, with extra string attributes on the
// root (Keras ignores them). Used by the demo weights, tests and fixtures.
void writeKerasWeights(const std::string& path, const std::vector<KerasLayerWeights>& layers, KerasNaming naming,
                       const std::map<std::string, std::string>& rootAttributes = {});

} // namespace tl
