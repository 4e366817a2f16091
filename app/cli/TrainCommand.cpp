#include "CliCommon.h"
#include "Commands.h"

#include "Dataset.h"
#include "TrainingOptions.h"
#include "Error.h"
#include "RunWarnings.h"
#include "Training.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <cstdio>
#include <iostream>

namespace cli {
namespace {

QList<QCommandLineOption> trainCommandOptions()
{
    return trainingOptions(TrainingCommand::Train) +
           QList<QCommandLineOption>{
               {"out", "Where to write the trained model.", "MODEL"},
               {"test", "A separate folder of held-out images, one sub-folder per class.", "DIR"},
               {"resume", "Continue from the checkpoint that an interrupted run left next to --out."},
           };
}

// Why Automatic took its precision: each path measured here, fastest first, with its guard.
void printPrecisionChoice(const tl::PrecisionChoice& choice)
{
    QStringList paths;
    for (const tl::PrecisionCandidate& candidate : choice.candidates) {
        QString path = QCoreApplication::translate("cli", "%1 %2 img/s")
                           .arg(tl::toString(candidate.precision))
                           .arg(candidate.imagesPerSecond, 0, 'f', 1);
        if (candidate.featureError && candidate.agreement)
            path += QCoreApplication::translate("cli", " (feature error %1, same decisions %2%, %3)")
                        .arg(*candidate.featureError, 0, 'f', 3)
                        .arg(100.0 * *candidate.agreement, 0, 'f', 0)
                        .arg(candidate.passed ? QCoreApplication::translate("cli", "passed")
                                              : QCoreApplication::translate("cli", "failed"));
        paths << path;
    }
    const QString measured = paths.isEmpty()
                                 ? QCoreApplication::translate("cli", "remembered from an earlier run on this CPU")
                                 : paths.join("; ");
    std::printf("%s\n", text(QCoreApplication::translate("cli", "automatic precision: %1 (%2)")
                                 .arg(tl::toString(choice.chosen), measured))
                            .c_str());
}

void printSummary(const tl::TrainingOutcome& outcome)
{
    if (outcome.precisionChoice)
        printPrecisionChoice(*outcome.precisionChoice);
    std::printf("model written to %s\n", outcome.modelPath.c_str());
    std::printf("features: %zu computed, %zu from cache (%.1f s); head training %.1f s; backbone %s on %s\n",
                outcome.featuresComputed, outcome.featuresFromCache, outcome.extractionSeconds, outcome.trainingSeconds,
                tl::toString(outcome.precision), outcome.device.c_str());
    std::printf("epochs run: %zu, best epoch: %d%s; decision threshold %.3f; temperature %.3f\n",
                outcome.result.history.size(), outcome.result.bestEpoch + 1,
                outcome.result.stoppedEarly ? " (stopped early)" : "", outcome.result.threshold,
                outcome.result.temperature);
    if (!outcome.result.fineTuneHistory.empty() && outcome.result.frozenValidation && outcome.result.validation)
        std::printf("fine-tuned block 5 for %zu epochs: validation accuracy %.4f, loss %.4f (frozen: %.4f, %.4f)\n",
                    outcome.result.fineTuneHistory.size(), outcome.result.validation->accuracy,
                    outcome.result.validation->loss, outcome.result.frozenValidation->accuracy,
                    outcome.result.frozenValidation->loss);
    for (const auto& [title, evaluation] :
         {std::pair{"validation", outcome.result.validation}, std::pair{"test", outcome.result.test}}) {
        if (!evaluation)
            continue;
        std::printf("\n== %s ==\n", title);
        printEvaluation(*evaluation);
    }
}

// What Automatic measured: each path's speed and guard, fastest first (none when remembered).
QJsonObject precisionChoiceJson(const tl::PrecisionChoice& choice)
{
    QJsonArray candidates;
    for (const tl::PrecisionCandidate& candidate : choice.candidates)
        candidates.append(
            QJsonObject{{"precision", tl::toString(candidate.precision)},
                        {"images_per_second", candidate.imagesPerSecond},
                        {"feature_error", candidate.featureError ? QJsonValue(*candidate.featureError) : QJsonValue()},
                        {"agreement", candidate.agreement ? QJsonValue(*candidate.agreement) : QJsonValue()},
                        {"passed", candidate.passed}});
    return QJsonObject{{"chosen", tl::toString(choice.chosen)}, {"candidates", candidates}};
}

// The run result as the engine writes it (the model file holds the same), with what this run did.
QJsonObject outcomeJson(const tl::TrainingOutcome& outcome)
{
    QJsonObject json = toJsonObject(tl::toJson(outcome.result));
    json["model"] = QString::fromStdString(outcome.modelPath);
    json["features_computed"] = static_cast<qint64>(outcome.featuresComputed);
    json["features_from_cache"] = static_cast<qint64>(outcome.featuresFromCache);
    json["extraction_seconds"] = outcome.extractionSeconds;
    json["training_seconds"] = outcome.trainingSeconds;
    json["precision"] = tl::toString(outcome.precision);
    if (outcome.precisionChoice)
        json["precision_choice"] = precisionChoiceJson(*outcome.precisionChoice);
    json["device"] = QString::fromStdString(outcome.device);
    json["demo_weights"] = outcome.demoWeights;
    json["skipped"] = static_cast<qint64>(outcome.skipped.size());
    return json;
}

} // namespace

int runTrain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(trainCommandOptions());
    parseCommandLine(parser, args,
                     "transferlab-cli train --data DIR --weights FILE --out MODEL [options]\n"
                     "Trains a classification head on the frozen VGG16 features of a dataset.");
    const QString dataDir = requiredOption(parser, "data");
    const QString modelPath = requiredOption(parser, "out");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Train);

    tl::Dataset dataset = tl::scanDataset(text(dataDir));
    if (parser.isSet("test"))
        tl::addTestFolder(dataset, text(parser.value("test")));
    warnSkipped(dataset.skipped);

    tl::TrainingOutcome outcome;
    {
        ProgressLine progress;
        tl::TrainingObserver observer;
        observer.onProgress = [&](const tl::ProgressReport& report) { return progress.update(report); };
        outcome = tl::trainModel(dataset, config, text(modelPath), parser.isSet("resume"), observer);
    }
    if (outcome.cacheWarning)
        printWarning(QCoreApplication::translate(
                         "cli", "the feature cache could not be written (%1); the next run will extract features again")
                         .arg(tl::i18n::messageText(*outcome.cacheWarning)));
    warnSkipped(outcome.skipped, dataset.skipped.size());
    warnIfDemoWeights(outcome.demoWeights);
    for (tl::RunWarning warning : tl::runWarnings(outcome.result))
        printWarning(tl::i18n::messageText(tl::warningMessage(warning)));
    if (parser.isSet("json"))
        printJson(outcomeJson(outcome));
    else
        printSummary(outcome);
    return kSuccess;
}

} // namespace cli
