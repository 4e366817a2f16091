#include "TrainOptions.h"

#include "Backbones.h"
#include "Choices.h"
#include "Error.h"
#include "Translatable.h"

#include <cmath>
#include <limits>
#include <sstream>

namespace tl {
namespace {

constexpr double kNoMaximum = std::numeric_limits<double>::infinity();

TrainOption describe(const char* key, const char* flag, MessageText name, const char* label, const char* help)
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
    TrainOption imageSize =
        integer(describe("image_size", "image-size", TL_MESSAGE("option-name", "image size"),
                         TL_TR("TrainOption", "Image size"),
                         TL_TR("TrainOption", "Images are resized to this many pixels square before the "
                                              "backbone (a multiple of 32)")),
                &TrainConfig::imageSize, 32, 1024, 32);
    imageSize.unit = TL_TR("TrainOption", " px");
    return {
        enumeration(
            describe("backbone", "backbone", TL_MESSAGE("option-name", "backbone"), TL_TR("TrainOption", "Backbone"),
                     TL_TR("TrainOption", "The frozen ImageNet network whose features the head learns from: VGG16, the "
                                          "classic recipe's, or MobileNetV2, some 50 times lighter")),
            &TrainConfig::backbone, backboneFromString,
            {{BackboneId::Vgg16, TL_TR("TrainOption", "VGG16")},
             {BackboneId::MobileNetV2, TL_TR("TrainOption", "MobileNetV2")}}),
        path(describe("weights", "weights", TL_MESSAGE("option-name", "weights"),
                      TL_TR("TrainOption", "Backbone weights"),
                      TL_TR("TrainOption",
                            "The backbone's weights: its Keras ImageNet file (\"notop\", HDF5) or a TorchScript "
                            "features module (.pt); empty: where File > ImageNet Weights installs them")),
             &TrainConfig::weightsPath, OptionKind::File),
        imageSize,
        enumeration(describe("head", "head", TL_MESSAGE("option-name", "head"), TL_TR("TrainOption", "Head"),
                             TL_TR("TrainOption",
                                   "How the backbone's feature maps enter the classifier: all of them (Flatten) or "
                                   "averaged per channel (fewer parameters)")),
                    &TrainConfig::head, headTypeFromString,
                    {{HeadType::Flatten, TL_TR("TrainOption", "Flatten")},
                     {HeadType::GlobalAveragePool, TL_TR("TrainOption", "Global average pooling")}}),
        off(integer(describe("hidden_units", "hidden", TL_MESSAGE("option-name", "hidden units"),
                             TL_TR("TrainOption", "Hidden units"),
                             TL_TR("TrainOption", "Size of a hidden Dense+ReLU+Dropout layer; 0 for none")),
                    &TrainConfig::hiddenUnits, 0, 65536),
            TL_TR("TrainOption", "None")),
        real(describe(
                 "dropout", "dropout", TL_MESSAGE("option-name", "dropout"), TL_TR("TrainOption", "Dropout"),
                 TL_TR("TrainOption", "Fraction of hidden units dropped while training (with a hidden layer only)")),
             &TrainConfig::dropout, {0, 1, true, false}, 2),
        enumeration(
            describe("feature_scaling", "feature-scaling", TL_MESSAGE("option-name", "feature scaling"),
                     TL_TR("TrainOption", "Feature scaling"),
                     TL_TR("TrainOption",
                           "While the head trains, centre each feature on its mean over the training images and "
                           "divide all by their typical spread, so that training works whatever the backbone's "
                           "scale (folded into the saved head); none: the raw features, as the classic recipe")),
            &TrainConfig::featureScaling, featureScalingFromString,
            {{FeatureScaling::Normalise, TL_TR("TrainOption", "Normalise")},
             {FeatureScaling::None, TL_TR("TrainOption", "None (raw features)")}}),
        enumeration(
            describe("optimizer", "optimizer", TL_MESSAGE("option-name", "optimizer"),
                     TL_TR("TrainOption", "Optimizer"), TL_TR("TrainOption", "The optimisation algorithm of the head")),
            &TrainConfig::optimizer, optimizerFromString,
            {{OptimizerType::Adam, TL_TR("TrainOption", "Adam")}, {OptimizerType::Sgd, TL_TR("TrainOption", "SGD")}}),
        real(describe("learning_rate", "lr", TL_MESSAGE("option-name", "learning rate"),
                      TL_TR("TrainOption", "Learning rate"), TL_TR("TrainOption", "Step size of the optimizer")),
             &TrainConfig::learningRate, {0, 10, false, true}, 6),
        real(describe("momentum", "momentum", TL_MESSAGE("option-name", "momentum"), TL_TR("TrainOption", "Momentum"),
                      TL_TR("TrainOption", "Momentum of SGD (Adam does not use it)")),
             &TrainConfig::momentum, {0, 1, true, false}, 2),
        integer(describe("batch_size", "batch", TL_MESSAGE("option-name", "batch size"),
                         TL_TR("TrainOption", "Batch size"), TL_TR("TrainOption", "Images per training step")),
                &TrainConfig::batchSize, 1, 4096),
        integer(describe("epochs", "epochs", TL_MESSAGE("option-name", "epochs"), TL_TR("TrainOption", "Epochs"),
                         TL_TR("TrainOption", "Passes over the training images")),
                &TrainConfig::epochs, 1, 10000),
        integer(
            describe("seed", "seed", TL_MESSAGE("option-name", "seed"), TL_TR("TrainOption", "Seed"),
                     TL_TR("TrainOption",
                           "Seeds the validation split, the initial weights and the batch order: the same seed gives "
                           "the same run")),
            &TrainConfig::seed, 0, std::numeric_limits<int>::max()),
        trainOnly(real(describe("validation_fraction", "val-split", TL_MESSAGE("option-name", "validation split"),
                                TL_TR("TrainOption", "Validation split"),
                                TL_TR("TrainOption", "Fraction of each class's training images held out to validate")),
                       &TrainConfig::validationFraction, {0, 1, true, false}, 2)),
        trainOnly(off(real(describe("test_fraction", "test-split", TL_MESSAGE("option-name", "test split"),
                                    TL_TR("TrainOption", "Test split"),
                                    TL_TR("TrainOption", "Fraction of each class's training images held out as a test "
                                                         "split, for a dataset without a test folder")),
                           &TrainConfig::testFraction, {0, 1, true, false}, 2),
                      TL_TR("TrainOption", "None"))),
        choice(
            describe("class_weights", "class-weights", TL_MESSAGE("option-name", "class weights"),
                     TL_TR("TrainOption", "Class weights"),
                     TL_TR("TrainOption", "Weigh rare classes up so that an imbalanced dataset is learnt fairly")),
            {{"none", TL_TR("TrainOption", "None")}, {"auto", TL_TR("TrainOption", "Automatic (inverse frequency)")}},
            [](const TrainConfig& c) { return std::string(c.autoClassWeights ? "auto" : "none"); },
            [](TrainConfig& c, const std::string& text) { c.autoClassWeights = text == "auto"; }),
        trainOnly(off(
            real(describe("target_sensitivity", "target-sensitivity", TL_MESSAGE("option-name", "target sensitivity"),
                          TL_TR("TrainOption", "Target sensitivity"),
                          TL_TR("TrainOption",
                                "Two classes: the decision threshold becomes the highest one that finds at least "
                                "this fraction of the positive class on the validation split; 0: threshold 0.5")),
                 &TrainConfig::targetSensitivity, {0, 1}, 2),
            TL_TR("TrainOption", "Off"))),
        trainOnly(
            toggle(describe("temperature_scaling", "calibrate", TL_MESSAGE("option-name", "calibration"),
                            TL_TR("TrainOption", "Calibrate probabilities"),
                            TL_TR("TrainOption",
                                  "Fit a temperature on the validation split so that a probability of 0.8 is right "
                                  "about 8 times in 10 (temperature scaling); the predicted classes do not change")),
                   &TrainConfig::temperatureScaling)),
        trainOnly(off(
            integer(describe("fine_tune_epochs", "fine-tune-epochs", TL_MESSAGE("option-name", "fine-tuning epochs"),
                             TL_TR("TrainOption", "Fine-tune the last block"),
                             TL_TR("TrainOption",
                                   "After the head, train the backbone's last block (VGG16: block 5; MobileNetV2: "
                                   "block 16 and the last 1x1 convolution) with it for this many epochs, at a low "
                                   "learning rate, from cached features of the layer before it; 0: the frozen "
                                   "recipe only")),
                    &TrainConfig::fineTuneEpochs, 0, 1000),
            TL_TR("TrainOption", "Off"), TL_TR("TrainOption", " epochs"))),
        trainOnly(real(describe("fine_tune_learning_rate", "fine-tune-lr",
                                TL_MESSAGE("option-name", "fine-tuning learning rate"),
                                TL_TR("TrainOption", "Fine-tuning learning rate"),
                                TL_TR("TrainOption", "Step size of the fine-tuning phase")),
                       &TrainConfig::fineTuneLearningRate, {0, 1, false, true}, 7)),
        enumeration(
            describe("augmentation", "augment", TL_MESSAGE("option-name", "augmentation"),
                     TL_TR("TrainOption", "Augmentation"),
                     TL_TR("TrainOption",
                           "Also learn from the 8 flipped and rotated views of each training image (extracted once)")),
            &TrainConfig::augmentation, augmentationFromString,
            {{Augmentation::None, TL_TR("TrainOption", "None")},
             {Augmentation::Dihedral, TL_TR("TrainOption", "Dihedral (flips and rotations)")}}),
        enumeration(
            describe("precision", "precision", TL_MESSAGE("option-name", "precision"),
                     TL_TR("TrainOption", "Precision"),
                     TL_TR("TrainOption",
                           "Number format of the backbone's feature extraction. Automatic: the fastest on this "
                           "computer whose features stay close to FP32. INT8 is calibrated on your own images")),
            &TrainConfig::precision, precisionFromString,
            {{Precision::Auto, TL_TR("TrainOption", "Automatic")},
             {Precision::Fp32, TL_TR("TrainOption", "FP32")},
             {Precision::Bf16, TL_TR("TrainOption", "BF16")},
             {Precision::Int8, TL_TR("TrainOption", "INT8")}}),
        enumeration(describe("device", "device", TL_MESSAGE("option-name", "device"), TL_TR("TrainOption", "Device"),
                             TL_TR("TrainOption", "Where the network runs; automatic: a CUDA GPU when there is one")),
                    &TrainConfig::device, deviceFromString,
                    {{DeviceChoice::Auto, TL_TR("TrainOption", "Automatic")},
                     {DeviceChoice::Cpu, TL_TR("TrainOption", "CPU")},
                     {DeviceChoice::Cuda, TL_TR("TrainOption", "CUDA GPU")}}),
        trainOnly(off(integer(describe("early_stopping_patience", "patience", TL_MESSAGE("option-name", "patience"),
                                       TL_TR("TrainOption", "Early stopping patience"),
                                       TL_TR("TrainOption",
                                             "Stop after this many epochs without a better validation loss; 0: never")),
                              &TrainConfig::earlyStoppingPatience, 0, kNoMaximum),
                      TL_TR("TrainOption", "Off"))),
        off(integer(describe("reduce_lr_patience", "lr-patience", TL_MESSAGE("option-name", "learning-rate patience"),
                             TL_TR("TrainOption", "Learning-rate patience"),
                             TL_TR("TrainOption",
                                   "Reduce the learning rate after this many epochs without improvement; 0: never")),
                    &TrainConfig::reduceLrPatience, 0, kNoMaximum),
            TL_TR("TrainOption", "Off")),
        real(describe("reduce_lr_factor", "lr-factor", TL_MESSAGE("option-name", "learning-rate factor"),
                      TL_TR("TrainOption", "Learning-rate factor"),
                      TL_TR("TrainOption", "The learning rate is multiplied by this factor when reduced")),
             &TrainConfig::reduceLrFactor, {0, 1, false, false}, 2),
        path(describe(
                 "cache_dir", "cache-dir", TL_MESSAGE("option-name", "feature cache"),
                 TL_TR("TrainOption", "Feature cache"),
                 TL_TR("TrainOption",
                       "Folder where the backbone's features are cached between runs; empty: the XDG cache folder")),
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

// "<name> must be …" for a value outside the option's range; `got` is the value, which the
// message names only for a multiple (the range alone does not show what is wrong).
Message rangeMessage(const TrainOption& option, const std::string& got)
{
    const std::string low = boundText(option.minimum), high = boundText(option.maximum);
    if (std::isinf(option.maximum) && option.minimum == 0 && option.minimumIncluded)
        return Message{TL_MESSAGE("option-negative", "%1 must not be negative"), {option.name}};
    if (std::isinf(option.maximum) && option.minimumIncluded)
        return Message{TL_MESSAGE("option-below-minimum", "%1 must be at least %2"), {option.name, low}};
    if (std::isinf(option.maximum))
        return Message{TL_MESSAGE("option-not-above-minimum", "%1 must be above %2"), {option.name, low}};
    if (option.multipleOf > 1)
        return Message{TL_MESSAGE("option-not-a-multiple", "%1 must be a multiple of %2 between %3 and %4 (got %5)"),
                       {option.name, std::to_string(option.multipleOf), low, high, got}};
    if (option.minimumIncluded && option.maximumIncluded)
        return Message{TL_MESSAGE("option-outside-range", "%1 must be between %2 and %3"), {option.name, low, high}};
    if (option.minimumIncluded)
        return Message{TL_MESSAGE("option-outside-range-below", "%1 must be at least %2 and below %3"),
                       {option.name, low, high}};
    if (option.maximumIncluded)
        return Message{TL_MESSAGE("option-outside-range-above", "%1 must be above %2 and at most %3"),
                       {option.name, low, high}};
    return Message{TL_MESSAGE("option-outside-open-range", "%1 must be above %2 and below %3"),
                   {option.name, low, high}};
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
    throw Error(Message{TL_MESSAGE("option-unknown", "no training option '%1'"), {key}});
}

std::vector<std::pair<const TrainOption*, OptionValue>> backboneDefaults(BackboneId backbone)
{
    const BackboneSpec& spec = backboneSpec(backbone);
    return {{&trainOption("head"), OptionValue(std::string(spec.defaultHead))},
            {&trainOption("fine_tune_learning_rate"), OptionValue(spec.defaultFineTuneLearningRate)}};
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
        throw Error(rangeMessage(option, optionText(value)));
}

} // namespace tl
