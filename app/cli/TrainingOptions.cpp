#include "TrainingOptions.h"

#include "CliCommon.h"

#include "Error.h"
#include "Paths.h"

namespace cli {

QList<QCommandLineOption> headTrainingOptions()
{
    return {
        {"data", "Dataset folder: DIR/<class>/* or DIR/train/<class>/* (+ DIR/test/<class>/*).", "DIR"},
        {"weights", "VGG16 weights: Keras .h5 (notop) or a TorchScript features module (.pt).", "FILE"},
        {"epochs", "Number of epochs (default 10).", "N"},
        {"batch", "Batch size (default 32).", "N"},
        {"lr", "Learning rate (default 0.001).", "X"},
        {"optimizer", "adam (default) or sgd (momentum 0.9).", "NAME"},
        {"head", "flatten (default) or gap (global average pooling).", "TYPE"},
        {"hidden", "Units of an optional hidden Dense+ReLU+Dropout layer (default 0: none).", "N"},
        {"dropout", "Dropout after the hidden layer (default 0.5).", "X"},
        {"seed", "Random seed for the split, initialisation and shuffling (default 42).", "N"},
        {"class-weights", "auto (inverse class frequency) or none (default).", "MODE"},
        {"augment", "none (default) or dihedral (the 8 flips/rotations, extracted once).", "MODE"},
        {"precision", "Backbone precision: auto (default), fp32 or bf16.", "MODE"},
        deviceCommandLineOption(),
        {"image-size", "Input size in pixels, a multiple of 32 (default 224).", "N"},
        {"cache-dir", "Feature cache folder (default: the XDG cache folder).", "DIR"},
    };
}

tl::TrainConfig headTrainingConfigFrom(const QCommandLineParser& parser)
{
    tl::TrainConfig config;
    config.weightsPath =
        text(parser.isSet("weights") ? parser.value("weights") : QString::fromStdString(tl::defaultWeightsPath()));
    config.cacheDir = text(parser.value("cache-dir"));
    config.epochs = intOption(parser, "epochs", config.epochs);
    config.batchSize = intOption(parser, "batch", config.batchSize);
    config.learningRate = doubleOption(parser, "lr", config.learningRate);
    config.hiddenUnits = intOption(parser, "hidden", config.hiddenUnits);
    config.dropout = doubleOption(parser, "dropout", config.dropout);
    config.seed = static_cast<std::uint64_t>(intOption(parser, "seed", static_cast<int>(config.seed)));
    config.imageSize = intOption(parser, "image-size", config.imageSize);
    config.device = deviceOption(parser);
    try {
        if (parser.isSet("optimizer"))
            config.optimizer = tl::optimizerFromString(text(parser.value("optimizer")));
        if (parser.isSet("head"))
            config.head = tl::headTypeFromString(text(parser.value("head")));
        if (parser.isSet("augment"))
            config.augmentation = tl::augmentationFromString(text(parser.value("augment")));
        if (parser.isSet("precision"))
            config.precision = tl::precisionFromString(text(parser.value("precision")));
        const QString weights = parser.value("class-weights");
        if (parser.isSet("class-weights") && weights != "auto" && weights != "none")
            throw tl::Error("unknown class weights '" + text(weights) + "' (expected one of: auto, none)");
        config.autoClassWeights = weights == "auto";
        tl::validate(config);
    } catch (const tl::Error& e) {
        throw UsageError(e.what());
    }
    return config;
}

} // namespace cli
