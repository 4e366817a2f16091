#include "CliCommon.h"
#include "Commands.h"
#include "DatasetOptions.h"
#include "TrainingOptions.h"

#include "LearningCurve.h"

namespace cli {
namespace {

std::vector<double> fractionsFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet("fractions"))
        return {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    std::vector<double> fractions;
    for (const QString& item : parser.value("fractions").split(',')) {
        bool ok = false;
        const double fraction = item.trimmed().toDouble(&ok);
        if (!ok || !(fraction > 0.0 && fraction <= 1.0))
            throw UsageError(Cli::tr("--fractions takes increasing numbers above 0 and at most 1, separated by commas "
                                     "(got '%1')")
                                 .arg(item));
        if (!fractions.empty() && fraction <= fractions.back())
            throw UsageError(Cli::tr("--fractions takes increasing numbers above 0 and at most 1, separated by commas "
                                     "(got '%1')")
                                 .arg(parser.value("fractions")));
        fractions.push_back(fraction);
    }
    return fractions;
}

void printCurve(const tl::LearningCurve& curve)
{
    printLine(Cli::tr("evaluated on the %1 split (%2 images); features: %3 computed, %4 from cache")
                  .arg(curve.evaluatedOn == tl::Split::Test ? Cli::tr("test") : Cli::tr("validation"))
                  .arg(curve.heldOutImages)
                  .arg(curve.featuresComputed)
                  .arg(curve.featuresFromCache));
    for (const tl::LearningCurvePoint& point : curve.points) {
        const tl::Evaluation& e = point.evaluation;
        QString line = Cli::tr("%1% of the training images (%2): accuracy %3")
                           .arg(fixed(100 * point.fraction, 0), QString::number(point.images),
                                withInterval(e, "accuracy", e.accuracy));
        if (e.binary)
            line += "; AUC " + withInterval(e, "auc", e.auc);
        printLine(line);
    }
}

} // namespace

int runLearningCurve(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(trainingOptions(TrainingCommand::Train) + groupingOptions() +
                      QList<QCommandLineOption>{
                          {"test", Cli::tr("A separate folder of held-out images, one sub-folder per class."), "DIR"},
                          {"fractions",
                           Cli::tr("The fractions of the training images to train on, increasing, separated by "
                                   "commas (default 0.1,0.2,…,1)."),
                           "LIST"},
                      });
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli learning-curve --data DIR [--fractions LIST] [options]\n"
                             "Trains the head on growing fractions of the training images (from the feature cache) "
                             "and measures each on the same held-out images: whether more images would help."));
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Train);
    const std::vector<double> fractions = fractionsFrom(parser);
    const tl::Dataset dataset = datasetFrom(parser, true);
    warnSkipped(dataset.skipped);
    tl::LearningCurve curve;
    {
        ProgressLine progress;
        curve = completed(tl::learningCurve(dataset, config, fractions, progress.job()));
    }
    warnSkipped(curve.skipped, dataset.skipped.size());
    if (parser.isSet("json"))
        printJson(toJsonObject(tl::toJson(curve)));
    else
        printCurve(curve);
    return kSuccess;
}

} // namespace cli
