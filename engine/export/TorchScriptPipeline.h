#pragma once
// The TorchScript export: one module whose forward takes a uint8 RGB image (H x W x 3, any size)
// and returns the class probabilities, with the resize, the preprocessing, the frozen VGG16 base
// and the trained head inside, so that it answers exactly as TransferLab does. It is built with
// torch::jit::Module::define (no Python needed) and loads with torch.jit.load and torch::jit::load.
// Attributes: class_names, image_size, preprocessing, positive_class, threshold; method
// predict(image) -> class index (applies the model's threshold for two classes). The full model
// metadata travels as the extra file "transferlab_model.json".
#include "FloatArray.h"
#include "ModelInfo.h"
#include "ConvNetwork.h"

#include <torch/script.h>

#include <string>
#include <vector>

namespace tl {

torch::jit::Module buildTorchScriptPipeline(const ConvNetwork& network, const ModelInfo& info,
                                            const std::vector<NamedArray>& headParameters);

// Writes the module with its metadata, atomically.
void saveTorchScriptPipeline(torch::jit::Module& pipeline, const ModelInfo& info, const std::string& path);

struct LoadedPipeline {
    torch::jit::Module module;
    ModelInfo info;
};

// Throws tl::Error when the file is not a TorchScript export of TransferLab.
LoadedPipeline loadTorchScriptPipeline(const std::string& path);

} // namespace tl
