#pragma once
// Turns decoded RGB pixels into the network's input, exactly as the loaded weights expect.
// The exported TorchScript pipeline repeats these steps with the same torch operations.
#include "Backbones.h"
#include "ImageDecoder.h"

#include <torch/torch.h>

namespace tl {

// H x W x 3 uint8 tensor sharing nothing with the image.
torch::Tensor rgbTensor(const RgbImage& image);

// uint8 H x W x 3 -> float 3 x size x size, resized (bilinear, antialiased) and normalised.
torch::Tensor preprocess(const torch::Tensor& rgbHwc, int size, PreprocessMode mode);

// The 8 symmetries of the square (rotations by 90 degrees, with and without a mirror) of a
// C x H x W tensor; view 0 is the identity.
constexpr int kDihedralViews = 8;
torch::Tensor dihedralView(const torch::Tensor& chw, int view);

} // namespace tl
