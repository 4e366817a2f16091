#pragma once
// Everything a training run can be configured with. Defaults follow the classic recipe:
// frozen VGG16, Flatten head, Adam 1e-3, batch 32, 224x224 images.
#include "Backbones.h"
#include "ComputeOptions.h"

#include <cstdint>
#include <string>

namespace tl {

enum class HeadType { Flatten, GlobalAveragePool };
enum class OptimizerType { Adam, Sgd };
enum class Augmentation { None, Dihedral };
// How the head sees the backbone's features while it trains: each centred on its mean over the
// training split and all divided by one scale (the trained head has it folded in), or raw, as
// the classic recipe does.
enum class FeatureScaling { Normalise, None };

struct TrainConfig {
    BackboneId backbone = BackboneId::Vgg16;
    std::string weightsPath; // empty: the backbone's file in defaultWeightsDir()
    std::string cacheDir;    // empty: the default cache folder (see defaultCacheDir())
    int imageSize = 224;

    HeadType head = HeadType::Flatten;
    int hiddenUnits = 0;  // 0: no hidden layer
    double dropout = 0.5; // used with a hidden layer only
    FeatureScaling featureScaling = FeatureScaling::Normalise;

    OptimizerType optimizer = OptimizerType::Adam;
    double learningRate = 1e-3;
    double momentum = 0.9; // SGD only
    int batchSize = 32;
    int epochs = 10;
    std::uint64_t seed = 42;
    double validationFraction = 0.2;
    // A test split carved from the training images (group by group), for a dataset that comes
    // without a test folder; 0: none. Carved before the validation split.
    double testFraction = 0.0;
    bool autoClassWeights = false; // inverse class frequency when true

    Augmentation augmentation = Augmentation::None;
    Precision precision = Precision::Auto;
    DeviceChoice device = DeviceChoice::Auto;

    // Two classes: 0 keeps the threshold at 0.5; otherwise the model's threshold is the highest one
    // that reaches this sensitivity on the validation split (saved with the model, used by predict
    // and the exports).
    double targetSensitivity = 0.0;

    // Fit a temperature on the validation split's logits so that the probabilities say how often
    // the model is right (temperature scaling, Guo et al. 2017). It never changes the predicted
    // class. On by default: uncalibrated heads claim over 90% for most images (see README).
    bool temperatureScaling = true;

    // Fine-tuning beyond the frozen recipe: after the head, train the backbone's last block(s)
    // (BackboneSpec::tunedLayers; VGG16's block 5) with the head for this many epochs at
    // fineTuneLearningRate, from cached features of the layers before them. 0: off.
    int fineTuneEpochs = 0;
    double fineTuneLearningRate = 1e-5;

    int earlyStoppingPatience = 5; // epochs without validation-loss improvement; 0: off
    int reduceLrPatience = 3;      // 0: off
    double reduceLrFactor = 0.5;
};

// Throws tl::Error naming the first invalid value.
void validate(const TrainConfig& config);

std::string toJson(const TrainConfig& config);
TrainConfig trainConfigFromJson(const std::string& json);

// Names used by the CLI, the model file and the UI.
const char* toString(HeadType value);
const char* toString(OptimizerType value);
const char* toString(Augmentation value);
const char* toString(FeatureScaling value);
HeadType headTypeFromString(const std::string& text);
OptimizerType optimizerFromString(const std::string& text);
Augmentation augmentationFromString(const std::string& text);
FeatureScaling featureScalingFromString(const std::string& text);

} // namespace tl
