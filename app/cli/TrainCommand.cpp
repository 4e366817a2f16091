#include "CliCommon.h"
#include "Commands.h"

#include "DatasetOptions.h"
#include "TrainingOptions.h"
#include "Error.h"
#include "RunWarnings.h"
#include "Training.h"
#include "Translations.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStringList>

namespace cli {
namespace {

QList<QCommandLineOption> trainCommandOptions()
{
    return trainingOptions(TrainingCommand::Train) + groupingOptions() +
           QList<QCommandLineOption>{
               {"out", Cli::tr("Where to write the trained model."), "MODEL"},
               {"test", Cli::tr("A separate folder of held-out images, one sub-folder per class."), "DIR"},
               {"resume", Cli::tr("Continue from the checkpoint that an interrupted run left next to --out.")},
           };
}

// Why Automatic took its precision: each path measured here, fastest first, with its guard.
void printPrecisionChoice(const tl::PrecisionChoice& choice)
{
    QStringList paths;
    for (const tl::PrecisionCandidate& candidate : choice.candidates) {
        QString path =
            Cli::tr("%1 %2 img/s").arg(tl::toString(candidate.precision), fixed(candidate.imagesPerSecond, 1));
        if (candidate.featureError && candidate.agreement)
            path += " " + Cli::tr("(feature error %1, same decisions %2%, %3)")
                              .arg(fixed(*candidate.featureError, 3), fixed(100.0 * *candidate.agreement, 0),
                                   candidate.passed ? Cli::tr("passed") : Cli::tr("failed"));
        paths << path;
    }
    const QString measured = choice.tooFewImages ? Cli::tr("not measured: too few images for the measurement to pay")
                             : paths.isEmpty()   ? Cli::tr("remembered from an earlier run on this CPU")
                                                 : paths.join("; ");
    printLine(Cli::tr("automatic precision: %1 (%2)").arg(tl::toString(choice.chosen), measured));
}

void printSummary(const tl::TrainingOutcome& outcome)
{
    if (outcome.precisionChoice)
        printPrecisionChoice(*outcome.precisionChoice);
    const tl::RunResult& result = outcome.result;
    printLine(Cli::tr("model written to %1").arg(QString::fromStdString(outcome.modelPath)));
    printLine(Cli::tr("features: %1 computed, %2 from cache (%3 s); head training %4 s; backbone %5 on %6")
                  .arg(QString::number(outcome.featuresComputed), QString::number(outcome.featuresFromCache),
                       fixed(outcome.extractionSeconds, 1), fixed(outcome.trainingSeconds, 1),
                       tl::toString(outcome.precision), QString::fromStdString(outcome.device)));
    const tl::ExtractionProfile& profile = outcome.extractionProfile;
    printLine(Cli::tr("backbone setup %1 s; extraction: reading %2 s, decoding %3 s alongside the backbone (waited for "
                      "%4 s), backbone %5 s, cache writes %6 s")
                  .arg(fixed(outcome.setupSeconds, 1), fixed(profile.readingSeconds, 1),
                       fixed(profile.decodingSeconds, 1), fixed(profile.waitingForDecodeSeconds, 1),
                       fixed(profile.backboneSeconds, 1), fixed(profile.cacheWritingSeconds, 1)));
    printLine(Cli::tr("epochs run: %1, best epoch: %2%3; decision threshold %4; temperature %5")
                  .arg(QString::number(result.history.size()), QString::number(result.bestEpoch + 1),
                       result.stoppedEarly ? " " + Cli::tr("(stopped early)") : QString(), fixed(result.threshold, 3),
                       fixed(result.temperature, 3)));
    if (!result.fineTuneHistory.empty() && result.frozenValidation && result.validation)
        printLine(Cli::tr("fine-tuned block 5 for %n epochs: validation accuracy %1, loss %2 (frozen: %3, %4)", nullptr,
                          static_cast<int>(result.fineTuneHistory.size()))
                      .arg(fixed(result.validation->accuracy, 4), fixed(result.validation->loss, 4),
                           fixed(result.frozenValidation->accuracy, 4), fixed(result.frozenValidation->loss, 4)));
    for (const auto& [title, evaluation] :
         {std::pair{Cli::tr("validation"), result.validation}, std::pair{Cli::tr("test"), result.test}}) {
        if (!evaluation)
            continue;
        printLine("\n== " + title + " ==");
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
    return QJsonObject{
        {"chosen", tl::toString(choice.chosen)}, {"candidates", candidates}, {"too_few_images", choice.tooFewImages}};
}

// Each phase's wall time, from the job's reports: a phase lasts from its first report to the next
// phase's first (the last one to the end of the run).
class PhaseTimes {
public:
    PhaseTimes() { m_watch.start(); }
    void record(const tl::ProgressReport& report)
    {
        if (m_phases.empty() || m_phases.back().first != report.phase)
            m_phases.push_back({report.phase, seconds()});
    }
    QJsonArray json() const
    {
        QJsonArray phases;
        for (std::size_t i = 0; i < m_phases.size(); ++i) {
            const double end = i + 1 < m_phases.size() ? m_phases[i + 1].second : seconds();
            phases.append(
                QJsonObject{{"phase", tl::toString(m_phases[i].first)}, {"seconds", end - m_phases[i].second}});
        }
        return phases;
    }

private:
    double seconds() const { return static_cast<double>(m_watch.nsecsElapsed()) / 1e9; }
    QElapsedTimer m_watch;
    std::vector<std::pair<tl::Phase, double>> m_phases; // each phase and when it began
};

// The run result as the engine writes it (the model file holds the same), with what this run did.
QJsonObject outcomeJson(const tl::TrainingOutcome& outcome, const PhaseTimes& phases)
{
    QJsonObject json = toJsonObject(tl::toJson(outcome.result));
    json["model"] = QString::fromStdString(outcome.modelPath);
    json["model_fingerprint"] = fingerprintJson(outcome.classifier.info().fingerprint);
    json["features_computed"] = static_cast<qint64>(outcome.featuresComputed);
    json["features_from_cache"] = static_cast<qint64>(outcome.featuresFromCache);
    json["setup_seconds"] = outcome.setupSeconds;
    json["phases"] = phases.json();
    json["extraction_seconds"] = outcome.extractionSeconds;
    json["extraction_profile"] = extractionProfileJson(outcome.extractionProfile);
    json["training_seconds"] = outcome.trainingSeconds;
    json["precision"] = tl::toString(outcome.precision);
    if (outcome.precisionChoice)
        json["precision_choice"] = precisionChoiceJson(*outcome.precisionChoice);
    json["device"] = QString::fromStdString(outcome.device);
    json["demo_weights"] = outcome.demoWeights;
    json["skipped"] = static_cast<qint64>(outcome.skipped.size());
    json["splits"] = splitsJson(outcome.dataset);
    json["grouping"] = QString::fromStdString(outcome.dataset.grouping);
    return json;
}

} // namespace

int runTrain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(trainCommandOptions());
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli train --data DIR --weights FILE --out MODEL [options]\n"
                             "Trains a classification head on the frozen backbone's features of a dataset."));
    requiredOption(parser, "data");
    const QString modelPath = requiredOption(parser, "out");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Train);
    const tl::Dataset dataset = datasetFrom(parser, true);
    if (config.testFraction > 0 && parser.isSet("test"))
        throw UsageError(Cli::tr("--test-split carves a test split from the training images: it cannot be combined "
                                 "with --test"));
    if (config.testFraction > 0 && dataset.hasTestFolder)
        throw UsageError(Cli::tr("--test-split carves a test split from the training images, but '%1' has a test "
                                 "folder: use one or the other")
                             .arg(QString::fromStdString(dataset.root)));
    warnSkipped(dataset.skipped);

    tl::TrainingOutcome outcome;
    PhaseTimes phases;
    {
        ProgressLine progress;
        tl::Job job = progress.job();
        job.onProgress = [&](const tl::ProgressReport& report) {
            progress.update(report);
            phases.record(report);
        };
        outcome = completed(tl::trainModel(dataset, config, text(modelPath), parser.isSet("resume"), job));
    }
    if (outcome.cacheWarning)
        printWarning(Cli::tr("the feature cache could not be written (%1); the next run will extract features again")
                         .arg(tl::i18n::messageText(*outcome.cacheWarning)));
    warnSkipped(outcome.skipped, dataset.skipped.size());
    warnIfDemoWeights(outcome.demoWeights);
    // Both warnings point at the same two settings; the engine names them, the CLI its options.
    for (tl::RunWarning warning : tl::runWarnings(outcome.result))
        printWarning(tl::i18n::messageText(tl::warningMessage(warning)) + " " +
                     Cli::tr("(options: --feature-scaling normalise, --lr)"));
    if (parser.isSet("json"))
        printJson(outcomeJson(outcome, phases));
    else
        printSummary(outcome);
    return kSuccess;
}

} // namespace cli
