#pragma once
// The backbone registry: one entry per Keras application TransferLab can stand on, holding all
// that differs between them (names, the weights file and where to download it, preprocessing,
// feature shape, the Grad-CAM layer, what fine-tuning trains, the precisions it runs in). The
// network's layers are in backbone/<Name>Network.cpp; adding a network is an entry here and
// that one file.
#include "ComputeOptions.h"

#include <string>
#include <vector>

namespace tl {

// How decoded RGB pixels become the network's input.
enum class PreprocessMode {
    Caffe,      // Keras "caffe" (VGG16): RGB->BGR, minus the ImageNet BGR mean, no scaling
    Tf,         // Keras "tf" (MobileNetV2): RGB, x / 127.5 - 1
    Torchvision // PyTorch: RGB / 255, minus mean, divided by std (TorchScript features modules)
};
const char* toString(PreprocessMode mode);
// Throws tl::Error for a name that is none of toString's.
PreprocessMode preprocessModeFromString(const std::string& text);

enum class BackboneId { Vgg16, MobileNetV2 };

struct BackboneSpec {
    BackboneId id;
    const char* name;        // in files and on the command line: "vgg16"
    const char* displayName; // in texts: "VGG16"
    const char* kerasFileName;
    const char* downloadUrl;
    const char* publishedMd5; // Keras' own check of the download; empty where Keras publishes none
    double fileMegabytes;     // the download's size
    PreprocessMode preprocessing;
    int featureChannels; // the last layer's channels; the side is the image's / downsampling
    int downsampling;
    int minimumImageSize;     // the smallest side its layers accept (a multiple of downsampling)
    const char* gradCamLayer; // the Keras layer whose activation Grad-CAM weighs
    const char* tunedLayers;  // what fine-tuning unfreezes, in words: "block 5 (3 convolutions)"
    // The head a training starts with where none is chosen ("flatten" or "gap"): VGG16's recipe
    // flattens; MobileNetV2's 62,720 flattened features learn worse than their 1,280 channel
    // averages (accuracy 0.824 against 0.837, AUC 0.899 against 0.927 on a held-out fifth of the
    // shared skin images, real weights), and Keras and Teachable Machine average them too.
    const char* defaultHead;
    // Fine-tuning's step size where none is chosen. VGG16's is Keras' fine-tuning guide's 1e-5; at
    // that step MobileNetV2's last block barely moves (AUC within 0.006 of the frozen recipe, the
    // same Grad-CAM maps), while 1e-3 for 5 epochs lifted the shared skin images' held-out fifth
    // from 0.837/0.927 to 0.863/0.943 (accuracy/AUC, real weights; 1e-4: 0.846/0.937).
    double defaultFineTuneLearningRate;
    // The batch every answer's forward pass runs at (Backbone::answering), padded: measured on a
    // 2-core AVX-512 EPYC in fp32 channels-last, VGG16 runs 15.4 img/s one at a time against 12.3
    // in 16s, MobileNetV2 32 against 180, so a single image costs VGG16 nothing and MobileNetV2
    // 0.09 s instead of 0.03.
    int answerBatch;
    std::vector<Precision> precisions; // besides Auto
    const char* architecture;          // the model card's line
    const char* credit;                // where the weights come from and their licence
    long long parameters;              // of the convolutional base
};

// Every backbone, the default (the classic recipe's VGG16) first.
const std::vector<BackboneSpec>& backboneRegistry();
const BackboneSpec& backboneSpec(BackboneId id);
const char* toString(BackboneId id);
// Throws tl::Error naming the choices for a name that is not a backbone.
BackboneId backboneFromString(const std::string& text);
bool supportsPrecision(const BackboneSpec& spec, Precision precision);

} // namespace tl
