#pragma once
// The layer plan of the VGG16 convolutional base ("notop"), with Keras' layer names.
// Shared by the weights loader, the network and the fixture generator so they cannot disagree.
#include <string>
#include <vector>

namespace tl {

struct Vgg16Layer {
    std::string name;   // e.g. "block1_conv1" or "block1_pool"
    int inChannels = 0; // 0 for pooling layers
    int outChannels = 0;
    bool isConv() const { return outChannels > 0; }
};

// Every layer in order, pooling layers included (input layer excluded).
const std::vector<Vgg16Layer>& vgg16Layers();

constexpr int kVgg16FeatureChannels = 512;
constexpr int kVgg16Downsampling = 32;

} // namespace tl
