#include "CliCommon.h"
#include "Commands.h"
#include "DatasetOptions.h"
#include "TrainingOptions.h"

#include "ImageGroups.h"
#include "Leakage.h"

namespace cli {
namespace {

void printSummary(const tl::LeakageReport& report)
{
    const tl::LeakageCounts counts = tl::countsOf(report);
    printLine(Cli::tr("%1 images compared; %2 pairs at similarity %3 or more (%4 listed): %5 exact copies, %6 across "
                      "a split, %7 across two classes")
                  .arg(QString::number(report.images), QString::number(report.pairsFound), fixed(report.threshold, 2),
                       QString::number(report.pairs.size()), QString::number(counts.exact),
                       QString::number(counts.crossingSplit), QString::number(counts.labelConflicts)));
    if (report.pairs.empty())
        return;
    printLine("\n" + Cli::tr("similarity").leftJustified(12) + Cli::tr("kind").leftJustified(7) +
              Cli::tr("crosses").leftJustified(18) + Cli::tr("classes").leftJustified(10) + Cli::tr("images"));
    for (const tl::ImagePair& pair : report.pairs) {
        const QString kind = pair.kind == tl::PairKind::Exact ? Cli::tr("exact") : Cli::tr("near");
        const QString classes = pair.labelConflict ? Cli::tr("conflict") : Cli::tr("same");
        printLine(fixed(pair.similarity, 3).leftJustified(12) + kind.leftJustified(7) +
                  QString::fromStdString(pair.crossing).leftJustified(18) + classes.leftJustified(10) +
                  QString::fromStdString(tl::datasetRelativePath(report.dataset, report.dataset.images[pair.a].path)) +
                  "  " +
                  QString::fromStdString(tl::datasetRelativePath(report.dataset, report.dataset.images[pair.b].path)));
    }
}

} // namespace

int runLeakage(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(trainingOptions(TrainingCommand::Leakage) + groupingOptions() +
                      QList<QCommandLineOption>{
                          {"test", Cli::tr("A separate folder of held-out images, one sub-folder per class."), "DIR"},
                          {"threshold",
                           Cli::tr("List the pairs at or above this similarity, above 0 and at most 1 (default %1).")
                               .arg(fixed(tl::kDefaultLeakageThreshold, 2)),
                           "X"},
                      });
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli leakage --data DIR [--threshold X] [options]\n"
                             "Finds images that are the same picture or nearly so (re-encoded, resized, cropped, "
                             "flipped, turned): exact copies by content, near ones by the backbone's features and "
                             "perceptual hashes. Each pair says whether it crosses the split that a training with the "
                             "same options draws, or two classes."));
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Leakage);
    const double threshold = doubleOption(parser, "threshold", tl::kDefaultLeakageThreshold);
    if (!(threshold > 0.0 && threshold <= 1.0))
        throw UsageError(Cli::tr("--threshold must be above 0 and at most 1"));
    const tl::Dataset dataset = datasetFrom(parser, true);
    warnSkipped(dataset.skipped);
    tl::LeakageReport report;
    {
        ProgressLine progress;
        report = completed(tl::findLeakage(dataset, config, threshold, progress.job()));
    }
    warnSkipped(report.skipped, dataset.skipped.size());
    if (parser.isSet("json"))
        printJson(toJsonObject(tl::toJson(report)));
    else
        printSummary(report);
    return kSuccess;
}

} // namespace cli
