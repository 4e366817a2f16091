#pragma once
// The trained-model file: one HDF5 file holding the head's weights and, as a JSON attribute,
// everything needed to use them elsewhere (classes, training configuration, preprocessing,
// image size, backbone fingerprint, metrics, history). It holds numbers only: loading it never
// runs code, and every size and shape is checked before use.
#include "Hdf5File.h"
#include "ModelInfo.h"

#include <string>
#include <vector>

namespace tl {

struct ModelFile {
    ModelInfo info;
    std::vector<NamedArray> headParameters;
};

constexpr int kModelFormatVersion = 1;

void saveModelFile(const std::string& path, const ModelFile& model);
// Throws tl::Error naming what is wrong when the file is not a TransferLab model or is damaged.
ModelFile loadModelFile(const std::string& path);

} // namespace tl
