#include "TrainOptions.h"

#include "Choices.h"
#include "Error.h"

#include <cmath>
#include <limits>
#include <sstream>

namespace tl {
namespace {

constexpr double kNoMaximum = std::numeric_limits<double>::infinity();

TrainOption describe(const char* key, const char* flag, const char* name, const char* label, const char* help)
{
    TrainOption option;
    option.key = key;
    option.flag = flag;
    option.name = name;
    option.label = label;
    option.help = help;
    return option;
}

template <typename Int>
TrainOption integer(TrainOption option, Int TrainConfig::*field, double minimum, double maximum,
                    std::int64_t multipleOf = 1)
{
    option.kind = OptionKind::Integer;
    option.minimum = minimum;
    option.maximum = maximum;
    option.multipleOf = multipleOf;
    option.get = [field](const TrainConfig& c) { return OptionValue(static_cast<std::int64_t>(c.*field)); };
    option.set = [field, option](TrainConfig& c, const OptionValue& value) {
        checkRange(option, value); // before the cast, which could wrap
        c.*field = static_cast<Int>(std::get<std::int64_t>(value));
    };
    return option;
}

struct Bounds {
    double minimum, maximum;
    bool minimumIncluded = true, maximumIncluded = true;
};

TrainOption real(TrainOption option, double TrainConfig::*field, Bounds bounds, int decimals)
{
    option.kind = OptionKind::Real;
    option.minimum = bounds.minimum;
    option.maximum = bounds.maximum;
    option.minimumIncluded = bounds.minimumIncluded;
    option.maximumIncluded = bounds.maximumIncluded;
    option.decimals = decimals;
    option.get = [field](const TrainConfig& c) { return OptionValue(c.*field); };
    option.set = [field, option](TrainConfig& c, const OptionValue& value) {
        checkRange(option, value);
        c.*field = std::get<double>(value);
    };
    return option;
}

// The value must be one of the option's choices; toText and fromText map them to the field.
TrainOption choice(TrainOption option, std::vector<OptionChoice> choices,
                   std::function<std::string(const TrainConfig&)> toText,
                   std::function<void(TrainConfig&, const std::string&)> fromText)
{
    option.kind = OptionKind::Choice;
    option.choices = std::move(choices);
    option.get = [toText](const TrainConfig& c) { return OptionValue(toText(c)); };
    option.set = [fromText, option](TrainConfig& c, const OptionValue& value) {
        const std::string& text = std::get<std::string>(value);
        std::vector<std::string> names;
        for (const OptionChoice& choice : option.choices) {
            if (choice.value == text)
                return fromText(c, text);
            names.push_back(choice.value);
        }
        throw unknownChoice(option.name, text, names);
    };
    return option;
}

// An enum field: its names come from toString() and go back through parse; labels are the Train
// view's, one per value.
template <typename Enum>
TrainOption enumeration(TrainOption option, Enum TrainConfig::*field, Enum (*parse)(const std::string&),
                        const std::vector<std::pair<Enum, const char*>>& labels)
{
    std::vector<OptionChoice> choices;
    for (const auto& [value, label] : labels)
        choices.push_back({toString(value), label});
    return choice(
        std::move(option), std::move(choices),
        [field](const TrainConfig& c) { return std::string(toString(c.*field)); },
        [field, parse](TrainConfig& c, const std::string& text) { c.*field = parse(text); });
}

TrainOption toggle(TrainOption option, bool TrainConfig::*field)
{
    option.kind = OptionKind::Switch;
    option.get = [field](const TrainConfig& c) { return OptionValue(c.*field); };
    option.set = [field](TrainConfig& c, const OptionValue& value) { c.*field = std::get<bool>(value); };
    return option;
}

TrainOption path(TrainOption option, std::string TrainConfig::*field, OptionKind kind)
{
    option.kind = kind;
    option.get = [field](const TrainConfig& c) { return OptionValue(c.*field); };
    option.set = [field](TrainConfig& c, const OptionValue& value) { c.*field = std::get<std::string>(value); };
    return option;
}

TrainOption off(TrainOption option, const char* offText, const char* unit = "")
{
    option.offText = offText;
    option.unit = unit;
    return option;
}

TrainOption trainOnly(TrainOption option)
{
    option.trainOnly = true;
    return option;
}

std::vector<TrainOption> makeTrainOptions()
{
    TrainOption imageSize = integer(describe("image_size", "image-size", "image size", "Image size",
                                             "Images are resized to this many pixels square before VGG16 "
                                             "(a multiple of 32)"),
                                    &TrainConfig::imageSize, 32, 1024, 32);
    imageSize.unit = " px";
    return {
        path(describe("weights", "weights", "weights", "Backbone weights",
                      "VGG16 weights: the Keras ImageNet file (\"notop\", HDF5) or a TorchScript features module "
                      "(.pt); empty: where File > ImageNet Weights installs them"),
             &TrainConfig::weightsPath, OptionKind::File),
        imageSize,
        enumeration(describe("head", "head", "head", "Head",
                             "How the backbone's feature maps enter the classifier: all of them (Flatten) or "
                             "averaged per channel (fewer parameters)"),
                    &TrainConfig::head, headTypeFromString,
                    {{HeadType::Flatten, "Flatten"}, {HeadType::GlobalAveragePool, "Global average pooling"}}),
        off(integer(describe("hidden_units", "hidden", "hidden units", "Hidden units",
                             "Size of a hidden Dense+ReLU+Dropout layer; 0 for none"),
                    &TrainConfig::hiddenUnits, 0, 65536),
            "None"),
        real(describe("dropout", "dropout", "dropout", "Dropout",
                      "Fraction of hidden units dropped while training (with a hidden layer only)"),
             &TrainConfig::dropout, {0, 1, true, false}, 2),
        enumeration(describe("feature_scaling", "feature-scaling", "feature scaling", "Feature scaling",
                             "While the head trains, centre each feature on its mean over the training images and "
                             "divide all by their typical spread, so that training works whatever the backbone's "
                             "scale (folded into the saved head); none: the raw features, as the classic recipe"),
                    &TrainConfig::featureScaling, featureScalingFromString,
                    {{FeatureScaling::Normalise, "Normalise"}, {FeatureScaling::None, "None (raw features)"}}),
        enumeration(
            describe("optimizer", "optimizer", "optimizer", "Optimizer", "The optimisation algorithm of the head"),
            &TrainConfig::optimizer, optimizerFromString, {{OptimizerType::Adam, "Adam"}, {OptimizerType::Sgd, "SGD"}}),
        real(describe("learning_rate", "lr", "learning rate", "Learning rate", "Step size of the optimizer"),
             &TrainConfig::learningRate, {0, 10, false, true}, 6),
        real(describe("momentum", "momentum", "momentum", "Momentum", "Momentum of SGD (Adam does not use it)"),
             &TrainConfig::momentum, {0, 1, true, false}, 2),
        integer(describe("batch_size", "batch", "batch size", "Batch size", "Images per training step"),
                &TrainConfig::batchSize, 1, 4096),
        integer(describe("epochs", "epochs", "epochs", "Epochs", "Passes over the training images"),
                &TrainConfig::epochs, 1, 10000),
        integer(describe("seed", "seed", "seed", "Seed",
                         "Seeds the validation split, the initial weights and the batch order: the same seed gives "
                         "the same run"),
                &TrainConfig::seed, 0, std::numeric_limits<int>::max()),
        trainOnly(real(describe("validation_fraction", "val-split", "validation split", "Validation split",
                                "Fraction of each class's training images held out to validate"),
                       &TrainConfig::validationFraction, {0, 1, true, false}, 2)),
        choice(
            describe("class_weights", "class-weights", "class weights", "Class weights",
                     "Weigh rare classes up so that an imbalanced dataset is learnt fairly"),
            {{"none", "None"}, {"auto", "Automatic (inverse frequency)"}},
            [](const TrainConfig& c) { return std::string(c.autoClassWeights ? "auto" : "none"); },
            [](TrainConfig& c, const std::string& text) { c.autoClassWeights = text == "auto"; }),
        trainOnly(
            off(real(describe("target_sensitivity", "target-sensitivity", "target sensitivity", "Target sensitivity",
                              "Two classes: the decision threshold becomes the highest one that finds at least "
                              "this fraction of the positive class on the validation split; 0: threshold 0.5"),
                     &TrainConfig::targetSensitivity, {0, 1}, 2),
                "Off")),
        trainOnly(toggle(describe("temperature_scaling", "calibrate", "calibration", "Calibrate probabilities",
                                  "Fit a temperature on the validation split so that a probability of 0.8 is right "
                                  "about 8 times in 10 (temperature scaling); the predicted classes do not change"),
                         &TrainConfig::temperatureScaling)),
        trainOnly(
            off(integer(describe("fine_tune_epochs", "fine-tune-epochs", "fine-tuning epochs", "Fine-tune block 5",
                                 "After the head, train VGG16's last block with it for this many epochs, at a "
                                 "low learning rate, from cached block-4 features; 0: the frozen recipe only"),
                        &TrainConfig::fineTuneEpochs, 0, 1000),
                "Off", " epochs")),
        trainOnly(real(describe("fine_tune_learning_rate", "fine-tune-lr", "fine-tuning learning rate",
                                "Fine-tuning learning rate", "Step size of the fine-tuning phase"),
                       &TrainConfig::fineTuneLearningRate, {0, 1, false, true}, 7)),
        enumeration(describe("augmentation", "augment", "augmentation", "Augmentation",
                             "Also learn from the 8 flipped and rotated views of each training image (extracted once)"),
                    &TrainConfig::augmentation, augmentationFromString,
                    {{Augmentation::None, "None"}, {Augmentation::Dihedral, "Dihedral (flips and rotations)"}}),
        enumeration(describe("precision", "precision", "precision", "Precision",
                             "Number format of the backbone; BF16 is faster where the hardware supports it"),
                    &TrainConfig::precision, precisionFromString,
                    {{Precision::Auto, "Automatic"}, {Precision::Fp32, "FP32"}, {Precision::Bf16, "BF16"}}),
        enumeration(describe("device", "device", "device", "Device",
                             "Where the network runs; automatic: a CUDA GPU when there is one"),
                    &TrainConfig::device, deviceFromString,
                    {{DeviceChoice::Auto, "Automatic"}, {DeviceChoice::Cpu, "CPU"}, {DeviceChoice::Cuda, "CUDA GPU"}}),
        trainOnly(off(integer(describe("early_stopping_patience", "patience", "patience", "Early stopping patience",
                                       "Stop after this many epochs without a better validation loss; 0: never"),
                              &TrainConfig::earlyStoppingPatience, 0, kNoMaximum),
                      "Off")),
        off(integer(describe("reduce_lr_patience", "lr-patience", "learning-rate patience", "Learning-rate patience",
                             "Reduce the learning rate after this many epochs without improvement; 0: never"),
                    &TrainConfig::reduceLrPatience, 0, kNoMaximum),
            "Off"),
        real(describe("reduce_lr_factor", "lr-factor", "learning-rate factor", "Learning-rate factor",
                      "The learning rate is multiplied by this factor when reduced"),
             &TrainConfig::reduceLrFactor, {0, 1, false, false}, 2),
        path(describe("cache_dir", "cache-dir", "feature cache", "Feature cache",
                      "Folder where the backbone's features are cached between runs; empty: the XDG cache folder"),
             &TrainConfig::cacheDir, OptionKind::Folder),
    };
}

std::string boundText(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<std::int64_t>(value));
    std::ostringstream text;
    text << value;
    return text.str();
}

std::string rangeText(const TrainOption& option)
{
    const std::string low = boundText(option.minimum), high = boundText(option.maximum);
    if (std::isinf(option.maximum))
        return option.minimum == 0 && option.minimumIncluded
                   ? "must not be negative"
                   : (option.minimumIncluded ? "must be at least " : "must be above ") + low;
    if (option.multipleOf > 1)
        return "must be a multiple of " + std::to_string(option.multipleOf) + " between " + low + " and " + high;
    if (option.minimumIncluded && option.maximumIncluded)
        return "must be between " + low + " and " + high;
    return std::string("must be ") + (option.minimumIncluded ? "at least " : "above ") + low + " and " +
           (option.maximumIncluded ? "at most " : "below ") + high;
}

} // namespace

const std::vector<TrainOption>& trainOptions()
{
    static const std::vector<TrainOption> options = makeTrainOptions();
    return options;
}

const TrainOption& trainOption(const std::string& key)
{
    for (const TrainOption& option : trainOptions())
        if (option.key == key)
            return option;
    throw Error("no training option '" + key + "'");
}

std::string optionText(const OptionValue& value)
{
    if (const auto* number = std::get_if<std::int64_t>(&value))
        return std::to_string(*number);
    if (const auto* real = std::get_if<double>(&value))
        return boundText(*real);
    if (const auto* on = std::get_if<bool>(&value))
        return *on ? "on" : "off";
    return std::get<std::string>(value);
}

void checkRange(const TrainOption& option, const OptionValue& value)
{
    if (option.kind != OptionKind::Integer && option.kind != OptionKind::Real)
        return;
    const bool integer = option.kind == OptionKind::Integer;
    const double number = integer ? static_cast<double>(std::get<std::int64_t>(value)) : std::get<double>(value);
    const bool inside = (option.minimumIncluded ? number >= option.minimum : number > option.minimum) &&
                        (option.maximumIncluded ? number <= option.maximum : number < option.maximum) &&
                        (!integer || std::get<std::int64_t>(value) % option.multipleOf == 0);
    if (!inside) // NaN is never inside
        throw Error(option.name + " " + rangeText(option) +
                    (option.multipleOf > 1 ? " (got " + optionText(value) + ")" : std::string()));
}

} // namespace tl
