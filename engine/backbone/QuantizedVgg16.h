#pragma once
// VGG16's convolutional base in int8: post-training static quantization, run by libtorch's own
// quantized operators on its oneDNN engine (u8 activations times s8 weights, on the CPU's VNNI or
// AMX-INT8 instructions where it has them). Weights are s8 with one scale per output channel;
// activations u8 with one scale per layer. Every convolution ends in a ReLU, fused into it, so its
// output needs no zero point; only the signed (preprocessed) input has one.
#include "Int8Calibration.h"
#include "ConvNetwork.h"

#include <ATen/native/quantized/PackedParams.h>

#include <vector>

namespace tl {

class QuantizedVgg16 {
public:
    // Measures the scales on `images` (N x 3 x H x W, preprocessed) through the fp32 network. Fills
    // the measured fields of `calibration` and leaves its seed and image hashes as they are.
    // Returns the images' fp32 features, which that pass computes anyway.
    static torch::Tensor calibrate(const ConvNetwork& fp32, const torch::Tensor& images, Int8Calibration& calibration);

    // Quantizes fp32's weights with a calibration that has been measured. fp32 must be VGG16
    // (BackboneSpec::precisions): every convolution followed by a ReLU.
    QuantizedVgg16(const ConvNetwork& fp32, const Int8Calibration& calibration);

    // N x 3 x H x W preprocessed floats -> N x 512 x H/32 x W/32 floats (dequantized), channels-last.
    torch::Tensor forward(const torch::Tensor& input) const;

    // True where libtorch has the oneDNN quantized engine (Debian's does; some builds do not).
    static bool available();

private:
    Int8Calibration m_calibration;
    BackboneId m_network;
    std::vector<c10::intrusive_ptr<ConvPackedParamsBase<2>>> m_convolutions;
};

} // namespace tl
