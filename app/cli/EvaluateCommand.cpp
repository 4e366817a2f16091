#include "CliCommon.h"
#include "Commands.h"

#include "DatasetOptions.h"

#include "Classifier.h"
#include "Dataset.h"
#include "ErrorReview.h"
#include "SubgroupMetrics.h"

#include <QJsonArray>

#include <optional>

namespace cli {
namespace {

// One line per subgroup: its images and its metrics with their intervals.
void printSubgroups(const QString& column, const std::vector<tl::Subgroup>& subgroups)
{
    printLine("\n== " + Cli::tr("by %1").arg(column) + " ==");
    for (const tl::Subgroup& subgroup : subgroups) {
        const tl::Evaluation& e = subgroup.evaluation;
        const QString value = subgroup.value.empty() ? Cli::tr("(no value)") : QString::fromStdString(subgroup.value);
        QString line = value.leftJustified(16) + " " + Cli::tr("%n image(s)", nullptr, e.count).leftJustified(12) +
                       "  " + Cli::tr("accuracy") + " " + withInterval(e, "accuracy", e.accuracy);
        if (e.binary)
            line += "  AUC " + withInterval(e, "auc", e.auc);
        if (subgroup.tooSmallForInterval())
            line += "  " + Cli::tr("(too few images for confidence intervals)");
        printLine(line);
    }
}

} // namespace

int runEvaluate(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOption(ttaCommandLineOption());
    parser.addOptions({
        {"data", Cli::tr("Folder of labelled images: DIR/<class>/* (a train/test layout uses every split)."), "DIR"},
        {"threshold",
         Cli::tr("Two classes: predict the positive class when its probability reaches X (default: the model's)."),
         "X"},
        {"errors", Cli::tr("Also list the misclassified images, most confident mistakes first.")},
        {"by",
         Cli::tr("Also give the metrics per value of this column of the --metadata file (site, sex, age band…); "
                 "may be given more than once."),
         "COLUMN"},
    });
    parser.addOptions(groupingOptions());
    parseCommandLine(
        parser, args,
        Cli::tr("transferlab-cli evaluate --model MODEL --data DIR [--threshold X] [--errors] [--metadata FILE --by "
                "COLUMN]\n"
                "Measures a trained model on labelled images."));
    const QString dataDir = requiredOption(parser, "data");
    std::optional<double> threshold;
    if (parser.isSet("threshold")) {
        threshold = doubleOption(parser, "threshold", 0.5);
        if (*threshold < 0 || *threshold > 1)
            throw UsageError(Cli::tr("--threshold must be between 0 and 1"));
    }
    const std::optional<tl::ImageMetadata> metadata = metadataFrom(parser);
    if (parser.isSet("by") && !metadata)
        throw UsageError(Cli::tr("--by names a column of the --metadata file: give the file"));
    for (const QString& column : parser.values("by"))
        if (!metadata->hasColumn(text(column)))
            throw UsageError(Cli::tr("the metadata file has no column named %1").arg(column));
    const tl::Classifier classifier = openModel(parser);
    const tl::Dataset dataset = tl::scanDataset(text(dataDir));
    tl::DatasetEvaluation result;
    {
        ProgressLine progress;
        result = completed(classifier.evaluate(dataset, threshold, parser.isSet("tta"), progress.job()));
    }
    warnSkipped(dataset.skipped);
    warnSkipped(result.skipped);
    const tl::Evaluation& evaluation = result.evaluation;
    std::vector<tl::ReviewItem> errors;
    if (parser.isSet("errors"))
        errors = tl::misclassifiedImages(result.samples, evaluation.predicted);
    std::vector<std::pair<QString, std::vector<tl::Subgroup>>> subgroups;
    for (const QString& column : parser.values("by"))
        subgroups.emplace_back(column,
                               tl::subgroupEvaluations(evaluation, result.samples, dataset, *metadata, text(column)));
    auto className = [&](int index) { return evaluation.classes[static_cast<std::size_t>(index)]; };
    if (parser.isSet("json")) {
        QJsonObject json = toJsonObject(tl::toJson(evaluation));
        json["model_fingerprint"] = fingerprintJson(classifier.info().fingerprint);
        if (!subgroups.empty()) {
            QJsonObject byColumn;
            for (const auto& [column, groups] : subgroups)
                byColumn[column] = toJsonObject(tl::toJson(groups));
            json["subgroups"] = byColumn;
        }
        if (parser.isSet("errors")) {
            QJsonArray list;
            for (const tl::ReviewItem& item : errors)
                list.append(QJsonObject{{"path", QString::fromStdString(item.path)},
                                        {"true_class", QString::fromStdString(className(item.trueClass))},
                                        {"predicted_class", QString::fromStdString(className(item.predictedClass))},
                                        {"confidence", item.confidence}});
            json["errors"] = list;
        }
        printJson(json);
        return kSuccess;
    }
    printEvaluation(evaluation);
    for (const auto& [column, groups] : subgroups)
        printSubgroups(column, groups);
    if (parser.isSet("errors")) {
        printLine("\n" +
                  Cli::tr("%n misclassified image(s), most confident first", nullptr, static_cast<int>(errors.size())));
        for (const tl::ReviewItem& item : errors)
            printLine(fixed(item.confidence, 4) + "  " + QString::fromStdString(className(item.trueClass)) + " -> " +
                      QString::fromStdString(className(item.predictedClass)) + "  " +
                      QString::fromStdString(item.path));
    }
    return kSuccess;
}

} // namespace cli
