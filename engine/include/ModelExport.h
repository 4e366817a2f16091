#pragma once
// Exporting a trained model so that it gives the same answers elsewhere: a TorchScript pipeline
// (uint8 image in, probabilities out), an ONNX graph (fixed-size float image in) or a model card
// (Markdown + JSON). No torch types here: the UI and the CLI include this header.
#include "Classifier.h"

#include <string>
#include <vector>

namespace tl {

enum class ExportFormat { TorchScript, Onnx, Card };

const char* toString(ExportFormat format);
ExportFormat exportFormatFromString(const std::string& text);

// Writes the classifier's model to path, atomically, and returns the files written (a card is a
// Markdown file at path plus its JSON twin, path with the extension ".json"). Exports carry no
// local path. Throws tl::Error when the format cannot hold this model.
std::vector<std::string> exportModel(const Classifier& classifier, ExportFormat format, const std::string& path);

} // namespace tl
