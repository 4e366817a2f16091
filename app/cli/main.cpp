// transferlab-cli: the whole TransferLab workflow without a display.
#include "CliCommon.h"
#include "Commands.h"

#include "Runtime.h"

#include <QCoreApplication>

#include <iostream>
#include <map>

namespace {

constexpr const char* kUsage = "usage: transferlab-cli COMMAND [options]\n"
                               "\n"
                               "Transfer learning with a frozen ImageNet VGG16, headless.\n"
                               "\n"
                               "commands:\n"
                               "  train      train a classification head on a folder-per-class dataset\n"
                               "  evaluate   measure a trained model on labelled images\n"
                               "  crossval   k-fold cross-validation: the mean and spread of every metric\n"
                               "  review     mark misclassified images as mislabelled or excluded\n"
                               "  predict    classify images with a trained model\n"
                               "  features   write VGG16 embeddings (.npy or .csv) for other tools\n"
                               "  explain    show where the model looked (Grad-CAM overlay)\n"
                               "  export     write a model as TorchScript, ONNX or a model card\n"
                               "  bench      measure speed and memory against the PyTorch reference\n"
                               "\n"
                               "Run 'transferlab-cli COMMAND --help' for a command's options.\n"
                               "Exit status: 0 success, 1 failure, 2 usage error.\n";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("transferlab-cli");
    QCoreApplication::setApplicationVersion(TRANSFERLAB_VERSION);
    tl::useAllCores();

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command.isEmpty() || command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsage;
        return command.isEmpty() ? cli::kUsage : cli::kSuccess;
    }
    if (command == "--version") {
        std::cout << "transferlab-cli " << TRANSFERLAB_VERSION << "\n";
        return cli::kSuccess;
    }
    const std::map<QString, int (*)(const QStringList&)> commands = {
        {"train", cli::runTrain},       {"evaluate", cli::runEvaluate},      {"predict", cli::runPredict},
        {"features", cli::runFeatures}, {"explain", cli::runExplain},        {"export", cli::runExport},
        {"bench", cli::runBench},       {"crossval", cli::runCrossValidate}, {"review", cli::runReview}};
    const auto found = commands.find(command);
    if (found == commands.end()) {
        std::cerr << "error: unknown command '" << command.toStdString() << "' (see transferlab-cli --help)\n";
        return cli::kUsage;
    }
    return cli::runGuarded([&] { return found->second(args); });
}
