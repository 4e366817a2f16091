#include "CliCommon.h"
#include "Commands.h"
#include "TrainingOptions.h"

#include "CrossValidation.h"
#include "Dataset.h"

#include <cstdio>

namespace cli {
namespace {

void printSummary(const tl::CrossValidationOutcome& outcome)
{
    std::printf("%zu-fold cross-validation; features: %zu computed, %zu from cache\n\n", outcome.perFold.size(),
                outcome.featuresComputed, outcome.featuresFromCache);
    std::printf("%-24s %8s %8s   per fold\n", "metric", "mean", "sd");
    for (const tl::MetricSpread& metric : outcome.metrics) {
        std::printf("%-24.24s %8.4f %8.4f  ", metric.name.c_str(), metric.mean, metric.standardDeviation);
        for (double value : metric.perFold)
            std::printf(" %.4f", value);
        std::printf("\n");
    }
    std::fflush(stdout);
}

} // namespace

int runCrossValidate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(trainingOptions(TrainingCommand::CrossValidate));
    parser.addOption({"folds", "Number of folds, 2 to 20 (default 5).", "K"});
    parseCommandLine(parser, args,
                     "transferlab-cli crossval --data DIR --weights FILE [--folds K] [options]\n"
                     "Stratified k-fold cross-validation of the head on cached features: the mean and spread of "
                     "every metric.\nEach fold trains for --epochs without early stopping; a test folder is left out.");
    const QString dataDir = requiredOption(parser, "data");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::CrossValidate);
    const int folds = intOption(parser, "folds", 5);
    if (folds < tl::kMinFolds || folds > tl::kMaxFolds)
        throw UsageError("--folds must be between 2 and 20");

    const tl::Dataset dataset = tl::scanDataset(text(dataDir));
    warnSkipped(dataset.skipped);
    tl::CrossValidationOutcome outcome;
    {
        ProgressLine progress;
        tl::TrainingObserver observer;
        observer.onProgress = [&](const tl::ProgressReport& report) { return progress.update(report); };
        outcome = tl::crossValidate(dataset, config, folds, observer);
    }
    warnSkipped(outcome.skipped, dataset.skipped.size());
    if (parser.isSet("json"))
        printJson(toJsonObject(tl::toJson(outcome)));
    else
        printSummary(outcome);
    return kSuccess;
}

} // namespace cli
