#include "CliCommon.h"
#include "Commands.h"
#include "TrainingOptions.h"

#include "CrossValidation.h"
#include "DatasetOptions.h"

#include <algorithm>
#include <iostream>

namespace cli {
namespace {

void printSummary(const tl::CrossValidationOutcome& outcome)
{
    printLine(Cli::tr("%1-fold cross-validation; features: %2 computed, %3 from cache")
                  .arg(QString::number(outcome.perFold.size()), QString::number(outcome.featuresComputed),
                       QString::number(outcome.featuresFromCache)) +
              "\n");
    // The columns as wide as their headers in the user's language (8 in English); the metrics keep
    // the names they have in --json.
    const QString mean = Cli::tr("mean"), deviation = Cli::tr("sd");
    const int meanWidth = std::max(8, static_cast<int>(mean.size()));
    const int deviationWidth = std::max(8, static_cast<int>(deviation.size()));
    printLine(Cli::tr("metric").leftJustified(24) + " " + mean.rightJustified(meanWidth) + " " +
              deviation.rightJustified(deviationWidth) + "   " + Cli::tr("per fold"));
    for (const tl::MetricSpread& metric : outcome.metrics) {
        QString line = QString::fromStdString(metric.name).left(24).leftJustified(24) + " " +
                       fixed(metric.mean, 4).rightJustified(meanWidth) + " " +
                       fixed(metric.standardDeviation, 4).rightJustified(deviationWidth) + "  ";
        for (double value : metric.perFold)
            line += " " + fixed(value, 4);
        printLine(line);
    }
    printLine("\n== " + Cli::tr("all folds' held-out images together") + " ==");
    printEvaluation(outcome.pooled);
    std::cout << std::flush;
}

} // namespace

int runCrossValidate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(trainingOptions(TrainingCommand::CrossValidate) + groupingOptions());
    parser.addOption({"folds", Cli::tr("Number of folds, 2 to 20 (default 5)."), "K"});
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli crossval --data DIR --weights FILE [--folds K] [options]\n"
                             "Stratified k-fold cross-validation of the head on cached features: the mean and spread "
                             "of every metric.\nEach fold trains for --epochs without early stopping; a test folder "
                             "is left out."));
    requiredOption(parser, "data");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::CrossValidate);
    const int folds = intOption(parser, "folds", 5);
    if (folds < tl::kMinFolds || folds > tl::kMaxFolds)
        throw UsageError(Cli::tr("--folds must be between %1 and %2")
                             .arg(QString::number(tl::kMinFolds), QString::number(tl::kMaxFolds)));

    const tl::Dataset dataset = datasetFrom(parser, false);
    warnSkipped(dataset.skipped);
    tl::CrossValidationOutcome outcome;
    {
        ProgressLine progress;
        outcome = completed(tl::crossValidate(dataset, config, folds, progress.job()));
    }
    warnSkipped(outcome.skipped, dataset.skipped.size());
    if (parser.isSet("json"))
        printJson(toJsonObject(tl::toJson(outcome)));
    else
        printSummary(outcome);
    return kSuccess;
}

} // namespace cli
