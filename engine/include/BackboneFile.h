#pragma once
// Checks a backbone weights file without keeping it loaded: what the weights manager shows
// before it accepts a file. No torch types here.
#include "Backbones.h"

#include <string>

namespace tl {

struct BackboneFileInfo {
    std::string kind;        // "Keras VGG16 (HDF5)", "Keras MobileNetV2 (HDF5)" or "TorchScript features module"
    std::string fingerprint; // SHA-256 of the file
};

// Throws tl::Error naming what is wrong (not HDF5, missing layer, wrong shape, truncated, another
// backbone's weights...).
BackboneFileInfo inspectBackboneFile(BackboneId backbone, const std::string& path);

} // namespace tl
