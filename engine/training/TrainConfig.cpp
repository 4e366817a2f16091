#include "TrainConfig.h"

#include "Choices.h"
#include "Error.h"

#include <nlohmann/json.hpp>

namespace tl {
namespace {

const Choice<HeadType> kHeads[] = {{"flatten", HeadType::Flatten}, {"gap", HeadType::GlobalAveragePool}};
const Choice<OptimizerType> kOptimizers[] = {{"adam", OptimizerType::Adam}, {"sgd", OptimizerType::Sgd}};
const Choice<Augmentation> kAugmentations[] = {{"none", Augmentation::None}, {"dihedral", Augmentation::Dihedral}};
void require(bool condition, const std::string& message)
{
    if (!condition)
        throw Error(message);
}

} // namespace

const char* toString(HeadType value)
{
    return nameOf(value, kHeads);
}
const char* toString(OptimizerType value)
{
    return nameOf(value, kOptimizers);
}
const char* toString(Augmentation value)
{
    return nameOf(value, kAugmentations);
}
HeadType headTypeFromString(const std::string& text)
{
    return parseChoice(text, "head", kHeads);
}
OptimizerType optimizerFromString(const std::string& text)
{
    return parseChoice(text, "optimizer", kOptimizers);
}
Augmentation augmentationFromString(const std::string& text)
{
    return parseChoice(text, "augmentation", kAugmentations);
}

void validate(const TrainConfig& c)
{
    require(c.imageSize >= 32 && c.imageSize <= 1024 && c.imageSize % 32 == 0,
            "image size must be a multiple of 32 between 32 and 1024 (got " + std::to_string(c.imageSize) + ")");
    require(c.hiddenUnits >= 0 && c.hiddenUnits <= 65536, "hidden units must be between 0 and 65536");
    require(c.dropout >= 0.0 && c.dropout < 1.0, "dropout must be at least 0 and below 1");
    require(c.learningRate > 0.0 && c.learningRate <= 10.0, "learning rate must be above 0 and at most 10");
    require(c.momentum >= 0.0 && c.momentum < 1.0, "momentum must be at least 0 and below 1");
    require(c.batchSize >= 1 && c.batchSize <= 4096, "batch size must be between 1 and 4096");
    require(c.epochs >= 1 && c.epochs <= 10000, "epochs must be between 1 and 10000");
    require(c.validationFraction >= 0.0 && c.validationFraction < 1.0,
            "validation split must be at least 0 and below 1");
    require(c.targetSensitivity >= 0.0 && c.targetSensitivity <= 1.0, "target sensitivity must be between 0 and 1");
    require(c.fineTuneEpochs >= 0 && c.fineTuneEpochs <= 1000, "fine-tuning epochs must be between 0 and 1000");
    require(c.fineTuneLearningRate > 0.0 && c.fineTuneLearningRate <= 1.0,
            "fine-tuning learning rate must be above 0 and at most 1");
    require(c.earlyStoppingPatience >= 0, "patience must not be negative");
    require(c.reduceLrPatience >= 0, "learning-rate patience must not be negative");
    require(c.reduceLrFactor > 0.0 && c.reduceLrFactor < 1.0, "learning-rate factor must be above 0 and below 1");
}

std::string toJson(const TrainConfig& c)
{
    const nlohmann::json json = {
        {"weights", c.weightsPath},
        {"cache_dir", c.cacheDir},
        {"image_size", c.imageSize},
        {"head", toString(c.head)},
        {"hidden_units", c.hiddenUnits},
        {"dropout", c.dropout},
        {"optimizer", toString(c.optimizer)},
        {"learning_rate", c.learningRate},
        {"momentum", c.momentum},
        {"batch_size", c.batchSize},
        {"epochs", c.epochs},
        {"seed", c.seed},
        {"validation_fraction", c.validationFraction},
        {"class_weights", c.autoClassWeights ? "auto" : "none"},
        {"augmentation", toString(c.augmentation)},
        {"precision", toString(c.precision)},
        {"device", toString(c.device)},
        {"target_sensitivity", c.targetSensitivity},
        {"temperature_scaling", c.temperatureScaling},
        {"fine_tune_epochs", c.fineTuneEpochs},
        {"fine_tune_learning_rate", c.fineTuneLearningRate},
        {"early_stopping_patience", c.earlyStoppingPatience},
        {"reduce_lr_patience", c.reduceLrPatience},
        {"reduce_lr_factor", c.reduceLrFactor},
    };
    return json.dump();
}

TrainConfig trainConfigFromJson(const std::string& text)
{
    try {
        const nlohmann::json json = nlohmann::json::parse(text);
        TrainConfig c;
        c.weightsPath = json.value("weights", c.weightsPath);
        c.cacheDir = json.value("cache_dir", c.cacheDir);
        c.imageSize = json.value("image_size", c.imageSize);
        c.head = headTypeFromString(json.value("head", std::string(toString(c.head))));
        c.hiddenUnits = json.value("hidden_units", c.hiddenUnits);
        c.dropout = json.value("dropout", c.dropout);
        c.optimizer = optimizerFromString(json.value("optimizer", std::string(toString(c.optimizer))));
        c.learningRate = json.value("learning_rate", c.learningRate);
        c.momentum = json.value("momentum", c.momentum);
        c.batchSize = json.value("batch_size", c.batchSize);
        c.epochs = json.value("epochs", c.epochs);
        c.seed = json.value("seed", c.seed);
        c.validationFraction = json.value("validation_fraction", c.validationFraction);
        c.autoClassWeights = json.value("class_weights", std::string("none")) == "auto";
        c.augmentation = augmentationFromString(json.value("augmentation", std::string(toString(c.augmentation))));
        c.precision = precisionFromString(json.value("precision", std::string(toString(c.precision))));
        c.device = deviceFromString(json.value("device", std::string(toString(c.device))));
        c.targetSensitivity = json.value("target_sensitivity", c.targetSensitivity);
        c.temperatureScaling = json.value("temperature_scaling", c.temperatureScaling);
        c.fineTuneEpochs = json.value("fine_tune_epochs", c.fineTuneEpochs);
        c.fineTuneLearningRate = json.value("fine_tune_learning_rate", c.fineTuneLearningRate);
        c.earlyStoppingPatience = json.value("early_stopping_patience", c.earlyStoppingPatience);
        c.reduceLrPatience = json.value("reduce_lr_patience", c.reduceLrPatience);
        c.reduceLrFactor = json.value("reduce_lr_factor", c.reduceLrFactor);
        return c;
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("invalid training configuration: ") + e.what());
    }
}

} // namespace tl
