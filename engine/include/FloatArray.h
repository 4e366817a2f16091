#pragma once
// Named arrays of floats: how weights travel between the files (Keras weights, model files) and
// the networks, without either side knowing the other's format.
#include <cstdint>
#include <string>
#include <vector>

namespace tl {

struct FloatArray {
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

struct NamedArray {
    std::string name;
    FloatArray array;
};

// What a file must hold under a name, before any of it is read.
struct ArrayShape {
    std::string name;
    std::vector<std::int64_t> shape;
};

} // namespace tl
