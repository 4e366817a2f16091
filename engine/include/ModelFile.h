#pragma once
// The trained-model file: one HDF5 file holding the head's weights (and the fine-tuned layers')
// and, as a JSON dataset (any length: the history grows with every epoch), everything needed to
// use them elsewhere (classes, training configuration, preprocessing, image size, backbone
// fingerprint, metrics, history). It holds numbers only: loading it never runs code, and every
// size and shape is checked before use.
//
// Version 2 puts a 512-byte text header before the HDF5 content (an HDF5 user block):
//     TransferLab model\nformat 2\nsha256 <64 hex digits>\n
// The SHA-256 is the model's fingerprint, over every byte after the header (weights and
// metadata alike). It is checked on every open before libhdf5 parses anything, so a changed byte
// is refused as damage and never reaches the parser. Version 1 files (plain HDF5, metadata in an
// attribute) still open, with no fingerprint.
#include "FloatArray.h"
#include "ModelInfo.h"

#include <string>
#include <vector>

namespace tl {

struct ModelFile {
    ModelInfo info;
    std::vector<NamedArray> headParameters;
    std::vector<NamedArray> tunedParameters; // the fine-tuned layers (FineTuning.h), in /block5/; empty when frozen
};

constexpr int kModelFormatVersion = 2;

// The metadata as JSON (the model file's attribute, the TorchScript export's extra file) and back;
// modelInfoFromJson checks every value and throws tl::Error naming source when one is wrong.
std::string modelInfoToJson(const ModelInfo& info);
ModelInfo modelInfoFromJson(const std::string& json, const std::string& source);

// Returns the fingerprint it wrote (model.info.fingerprint is not read).
std::string saveModelFile(const std::string& path, const ModelFile& model);
// Throws tl::Error naming what is wrong when the file is not a TransferLab model or is damaged.
// Sets info.fingerprint (empty for a version 1 file).
ModelFile loadModelFile(const std::string& path);
// The part of loadModelFile after the fingerprint check: the file's bytes as HDF5 (version 1, or
// version 2 with its header). For the model fuzzer, which must reach the parser.
ModelFile parseModelImage(const std::string& image, const std::string& source);
// Rewrites the model file (atomically) with a new two-class decision threshold; returns the new
// fingerprint.
std::string setModelThreshold(const std::string& path, double threshold);

} // namespace tl
