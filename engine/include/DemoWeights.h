#pragma once
// Demo weights: a complete backbone file (VGG16 notop, MobileNetV2 no top) in the Keras layout,
// filled with seeded random numbers,
// for trying TransferLab where the ImageNet weights cannot be downloaded. Everything runs on them,
// but random filters carry no knowledge of images: a model trained on them is marked
// (ModelInfo::demoWeights), and every result it shows says so.
#include "Backbones.h"

#include <string>

namespace tl {

// Writes the demo weights to path, atomically, marked as demo weights in the file itself.
void writeDemoWeights(const std::string& path, BackboneId backbone);

// True for a file that writeDemoWeights wrote (wherever it was copied to); false for any other
// file, readable or not.
bool isDemoWeights(const std::string& path);

} // namespace tl
