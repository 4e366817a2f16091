#pragma once
// Grad-CAM (Selvaraju et al., 2017) on the backbone's last convolution (BackboneSpec::gradCamLayer:
// VGG16's block5_conv3, MobileNetV2's out_relu): where in the image
// the evidence for a class lies. The class score's gradient, averaged over each feature map,
// weighs that map; the weighted sum, through a ReLU, is the heat map.
#include "Head.h"
#include "ConvNetwork.h"

#include <torch/torch.h>

#include <functional>

namespace tl {

struct GradCamResult {
    torch::Tensor logits; // 1 x classes: the prediction comes from the same pass as the map
    int explainedClass = 0;
    torch::Tensor map; // the last convolution's grid (VGG16: S/16, MobileNetV2: S/32), scaled to 0..1 (all zeros when
                       // no region supports the class)
};

// input: 1 x 3 x S x S, preprocessed. chooseClass picks the class to explain from the logits.
// The network and head are only read.
GradCamResult gradCam(const ConvNetwork& network, Head& head, const torch::Tensor& input,
                      const std::function<int(const torch::Tensor& logits)>& chooseClass);

} // namespace tl
