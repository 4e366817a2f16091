#include "Backbones.h"

#include "Choices.h"

#include <algorithm>

namespace tl {
namespace {

const Choice<BackboneId> kBackboneNames[] = {{"vgg16", BackboneId::Vgg16}, {"mobilenetv2", BackboneId::MobileNetV2}};

std::vector<BackboneSpec> makeRegistry()
{
    BackboneSpec vgg16{BackboneId::Vgg16,
                       "vgg16",
                       "VGG16",
                       "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5",
                       "https://storage.googleapis.com/tensorflow/keras-applications/vgg16/"
                       "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5",
                       "6d6bbae143d832006294945121d1f1fc",
                       58.9,
                       PreprocessMode::Caffe,
                       512,
                       32,
                       32,
                       "block5_conv3",
                       "block 5 (3 convolutions)",
                       "flatten",
                       1e-5,
                       1,
                       {Precision::Fp32, Precision::Bf16, Precision::Int8},
                       "VGG16 convolutional base (13 conv layers, 14,714,688 parameters)",
                       "The ImageNet VGG16 weights (Simonyan and Zisserman, Visual Geometry Group, University of "
                       "Oxford; CC BY 4.0), as distributed with Keras Applications.",
                       14714688};
    // int8 is VGG16's alone: its quantized path fuses convolution and ReLU, and MobileNetV2's
    // depthwise layers with one scale per tensor lose too much (a later entry may add it).
    BackboneSpec mobileNetV2{BackboneId::MobileNetV2,
                             "mobilenetv2",
                             "MobileNetV2",
                             "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5",
                             "https://storage.googleapis.com/tensorflow/keras-applications/mobilenet_v2/"
                             "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5",
                             "",
                             9.4,
                             PreprocessMode::Tf,
                             1280,
                             32,
                             32,
                             "out_relu",
                             "block 16 and the last 1x1 convolution",
                             "gap",
                             1e-3,
                             16,
                             {Precision::Fp32, Precision::Bf16},
                             "MobileNetV2 1.0 convolutional base (52 conv layers, batch normalisation folded, "
                             "2,257,984 parameters)",
                             "The ImageNet MobileNetV2 weights (Sandler et al., Google, 2018; Apache License 2.0), "
                             "as distributed with Keras Applications.",
                             2257984};
    return {vgg16, mobileNetV2};
}

} // namespace

const std::vector<BackboneSpec>& backboneRegistry()
{
    static const std::vector<BackboneSpec> registry = makeRegistry();
    return registry;
}

const BackboneSpec& backboneSpec(BackboneId id)
{
    const auto& registry = backboneRegistry();
    return *std::find_if(registry.begin(), registry.end(), [id](const BackboneSpec& spec) { return spec.id == id; });
}

const char* toString(BackboneId id)
{
    return nameOf(id, kBackboneNames);
}

BackboneId backboneFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "backbone"), kBackboneNames);
}

bool supportsPrecision(const BackboneSpec& spec, Precision precision)
{
    return precision == Precision::Auto ||
           std::find(spec.precisions.begin(), spec.precisions.end(), precision) != spec.precisions.end();
}

} // namespace tl
