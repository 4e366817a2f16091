#include "CliCommon.h"
#include "Commands.h"
#include "DatasetOptions.h"
#include "TrainingOptions.h"

#include "ImageGroups.h"
#include "Leakage.h"
#include "Translations.h"

#include <algorithm>
#include <vector>

namespace cli {
namespace {

void printSummary(const tl::LeakageReport& report)
{
    const tl::LeakageCounts counts = tl::countsOf(report);
    printLine(Cli::tr("%1 images compared; %2 pairs at similarity %3 or more (%4 listed). Exact copies: %5; across "
                      "a split: %6; across two classes: %7.")
                  .arg(QString::number(report.images), QString::number(report.pairsFound), fixed(report.threshold, 2),
                       QString::number(report.pairs.size()), QString::number(counts.exact),
                       QString::number(counts.crossingSplit), QString::number(counts.labelConflicts)));
    if (report.pairs.empty())
        return;
    // The columns as wide as their headers or their widest entry, in the user's language.
    const QStringList headers = {Cli::tr("similarity"), Cli::tr("kind"), Cli::tr("crosses"), Cli::tr("classes")};
    std::vector<QStringList> rows;
    for (const tl::ImagePair& pair : report.pairs)
        rows.push_back({fixed(pair.similarity, 3),
                        pair.kind == tl::PairKind::Exact ? Cli::tr("exact") : Cli::tr("near"),
                        tl::i18n::messageText(tl::crossingName(pair.crossing)),
                        pair.labelConflict ? Cli::tr("conflict") : Cli::tr("same")});
    std::vector<int> widths;
    for (int column = 0; column < headers.size(); ++column) {
        int width = static_cast<int>(headers[column].size());
        for (const QStringList& row : rows)
            width = std::max(width, static_cast<int>(row[column].size()));
        widths.push_back(width + 2);
    }
    auto line = [&](const QStringList& cells, const QString& images) {
        QString text;
        for (int column = 0; column < cells.size(); ++column)
            text += cells[column].leftJustified(widths[static_cast<std::size_t>(column)]);
        printLine(text + images);
    };
    printLine("");
    line(headers, Cli::tr("images"));
    auto name = [&](std::size_t image) {
        return QString::fromStdString(tl::datasetRelativePath(report.dataset, report.dataset.images[image].path));
    };
    for (std::size_t i = 0; i < rows.size(); ++i)
        line(rows[i], name(report.pairs[i].a) + "  " + name(report.pairs[i].b));
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
