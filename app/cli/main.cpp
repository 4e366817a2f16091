// transferlab-cli: the whole TransferLab workflow without a display.
#include "CliCommon.h"
#include "Commands.h"

#include "Runtime.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>

namespace {

struct Command {
    const char* name;
    const char* summary; // translated when printed
    int (*run)(const QStringList& args);
};

// The one list of commands: --help prints it and dispatch looks names up in it.
constexpr Command kCommands[] = {
    {"train", QT_TRANSLATE_NOOP("cli", "train a classification head on a folder-per-class dataset"), cli::runTrain},
    {"evaluate", QT_TRANSLATE_NOOP("cli", "measure a trained model on labelled images"), cli::runEvaluate},
    {"crossval", QT_TRANSLATE_NOOP("cli", "k-fold cross-validation: the mean and spread of every metric"),
     cli::runCrossValidate},
    {"learning-curve", QT_TRANSLATE_NOOP("cli", "train on growing fractions of the images: would more images help?"),
     cli::runLearningCurve},
    {"leakage",
     QT_TRANSLATE_NOOP("cli", "find duplicate and near-duplicate images, and the pairs that cross a split or two "
                              "classes"),
     cli::runLeakage},
    {"review", QT_TRANSLATE_NOOP("cli", "mark misclassified images as mislabelled or excluded"), cli::runReview},
    {"predict", QT_TRANSLATE_NOOP("cli", "classify images with a trained model"), cli::runPredict},
    {"report", QT_TRANSLATE_NOOP("cli", "classify a folder of new cases and write a PDF report"), cli::runReport},
    {"features", QT_TRANSLATE_NOOP("cli", "write the backbone's embeddings (.npy or .csv) for other tools"),
     cli::runFeatures},
    {"cache",
     QT_TRANSLATE_NOOP("cli", "fill the feature cache ahead of training (fill), or see how full it is (status)"),
     cli::runCache},
    {"slurm", QT_TRANSLATE_NOOP("cli", "fill the feature cache on a Slurm cluster: a job array, one shard per task"),
     cli::runSlurm},
    {"explain", QT_TRANSLATE_NOOP("cli", "show where the model looked (Grad-CAM overlay)"), cli::runExplain},
    {"export", QT_TRANSLATE_NOOP("cli", "write a model as TorchScript, ONNX or a model card"), cli::runExport},
    {"bench", QT_TRANSLATE_NOOP("cli", "measure speed and memory against the PyTorch reference"), cli::runBench},
    {"demo-weights",
     QT_TRANSLATE_NOOP("cli",
                       "write seeded random backbone weights to try TransferLab offline (results not meaningful)"),
     cli::runDemoWeights},
};

void printUsage()
{
    using cli::Cli;
    cli::printLine(Cli::tr("usage: transferlab-cli COMMAND [options]") + "\n\n" +
                   Cli::tr("Transfer learning with a frozen ImageNet backbone (VGG16 or MobileNetV2), headless.") +
                   "\n\n" + Cli::tr("commands:"));
    for (const Command& command : kCommands) {
        QString name = command.name;
        cli::printLine("  " + name.leftJustified(std::max<int>(name.size() + 1, 14)) + Cli::tr(command.summary));
    }
    cli::printLine("\n" + Cli::tr("Run 'transferlab-cli COMMAND --help' for a command's options.") + "\n" +
                   Cli::tr("Exit status: 0 success, 1 failure, 2 usage error."));
}

} // namespace

int main(int argc, char** argv)
{
    tl::setUpRuntime(); // before any thread starts
    // `report` draws a PDF, which takes Qt Gui: on the offscreen platform, so that it needs no display.
    const bool drawing = argc > 1 && std::string(argv[1]) == "report";
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName("transferlab-cli");
    QCoreApplication::setApplicationVersion(TRANSFERLAB_VERSION);
    tl::i18n::installTranslations({}); // the locale's (LANG, LC_MESSAGES) for the human-readable lines

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.value(0);
    if (name.isEmpty() || name == "--help" || name == "-h" || name == "help") {
        printUsage();
        return name.isEmpty() ? cli::kUsage : cli::kSuccess;
    }
    if (name == "--version") {
        std::cout << "transferlab-cli " << TRANSFERLAB_VERSION << "\n";
        return cli::kSuccess;
    }
    const auto found = std::find_if(std::begin(kCommands), std::end(kCommands),
                                    [&](const Command& command) { return name == command.name; });
    if (found == std::end(kCommands)) {
        cli::printError(cli::UsageError(cli::Cli::tr("unknown command '%1' (see transferlab-cli --help)").arg(name)));
        return cli::kUsage;
    }
    return cli::runGuarded([&] { return found->run(args); });
}
