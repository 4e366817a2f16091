#pragma once
// A Keras convolutional base as a list of layers: what the loader looks for in the weights file,
// what the network runs, what the exports write and what the tests' seeded files hold. Each
// network is one plan (ConvNetwork.cpp, MobileNetV2Network.cpp); everything else is generic.
#include "Backbones.h"

#include <cstddef>
#include <string>
#include <vector>

namespace tl {

enum class LayerKind { Convolution, Depthwise, MaxPool };
enum class Activation { None, Relu, Relu6 };
// Same: zero padding of kernel/2 on every side (stride 1). KerasStrided: Keras' ZeroPadding2D
// with correct_pad before a stride-2 "valid" convolution: kernel/2 at the bottom and the right,
// one less at the top and the left of an even side. Valid: none.
enum class Padding { Same, KerasStrided, Valid };

struct LayerPlan {
    LayerKind kind = LayerKind::Convolution;
    std::string name;            // the Keras layer holding the kernel (and bias), or the pooling layer
    std::string batchNorm;       // its BatchNormalization layer, folded in at load; empty: it has a bias
    std::string padLayer;        // the ZeroPadding2D layer before it (KerasStrided)
    std::string activationLayer; // the ReLU layer after it, where Keras has a separate one
    std::string addLayer;        // the Add layer after it: it closes a residual
    int kernelSize = 3;
    int inChannels = 0;
    int outChannels = 0;
    int stride = 1;
    Padding padding = Padding::Same;
    Activation activation = Activation::None;
    bool opensResidual = false; // its input is added to the output of the next layer with an addLayer

    bool hasWeights() const { return kind != LayerKind::MaxPool; }
    int groups() const { return kind == LayerKind::Depthwise ? inChannels : 1; }
};

struct NetworkPlan {
    std::vector<LayerPlan> layers;
    std::size_t firstTunedLayer = 0; // fine-tuning trains the layers from this one to the last
    std::size_t gradCamLayer = 0;    // the last convolution: Grad-CAM weighs its output
};

NetworkPlan vgg16Plan();
NetworkPlan mobileNetV2Plan();
const NetworkPlan& networkPlan(BackboneId id);

// Every layer name the Keras file lists, in its order, "input_1" first.
std::vector<std::string> kerasLayerNames(const NetworkPlan& plan);

} // namespace tl
