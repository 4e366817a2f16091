#pragma once
// The ONNX export: the TorchScript pipeline's preprocessing, frozen VGG16 base and head, from a
// fixed-size float input. Input "image": float32, N x S x S x 3, RGB values 0..255 already resized
// to the model's image size S (ONNX 1.12's Resize cannot antialias the way TransferLab resizes,
// so resizing stays with the caller). Output "probabilities": N x classes. Written with the ONNX
// protobuf library (opset 17) and checked by ONNX's checker before anything is written.
#include "FloatArray.h"
#include "ModelInfo.h"
#include "ConvNetwork.h"

#include <string>
#include <vector>

namespace tl {

void writeOnnxModel(const ConvNetwork& network, const ModelInfo& info, const std::vector<NamedArray>& headParameters,
                    const std::string& path);

} // namespace tl
