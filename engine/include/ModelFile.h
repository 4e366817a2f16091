#pragma once
// The trained-model file: one HDF5 file holding the head's weights (and a fine-tuned block 5's)
// and, as a JSON attribute,
// everything needed to use them elsewhere (classes, training configuration, preprocessing,
// image size, backbone fingerprint, metrics, history). It holds numbers only: loading it never
// runs code, and every size and shape is checked before use.
#include "FloatArray.h"
#include "ModelInfo.h"

#include <string>
#include <vector>

namespace tl {

struct ModelFile {
    ModelInfo info;
    std::vector<NamedArray> headParameters;
    std::vector<NamedArray> block5Parameters; // a fine-tuned block 5 (see FineTuning.h); empty when frozen
};

constexpr int kModelFormatVersion = 1;

// The metadata as JSON (the model file's attribute, the TorchScript export's extra file) and back;
// modelInfoFromJson checks every value and throws tl::Error naming source when one is wrong.
std::string modelInfoToJson(const ModelInfo& info);
ModelInfo modelInfoFromJson(const std::string& json, const std::string& source);

void saveModelFile(const std::string& path, const ModelFile& model);
// Throws tl::Error naming what is wrong when the file is not a TransferLab model or is damaged.
ModelFile loadModelFile(const std::string& path);
// Rewrites the model file (atomically) with a new two-class decision threshold.
void setModelThreshold(const std::string& path, double threshold);

} // namespace tl
