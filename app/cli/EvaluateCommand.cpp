#include "CliCommon.h"
#include "Commands.h"

#include "Classifier.h"
#include "Dataset.h"
#include "ErrorReview.h"

#include <QJsonArray>

#include <optional>

namespace cli {

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
    });
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli evaluate --model MODEL --data DIR [--threshold X] [--errors]\n"
                             "Measures a trained model on labelled images."));
    const QString dataDir = requiredOption(parser, "data");
    std::optional<double> threshold;
    if (parser.isSet("threshold")) {
        threshold = doubleOption(parser, "threshold", 0.5);
        if (*threshold < 0 || *threshold > 1)
            throw UsageError(Cli::tr("--threshold must be between 0 and 1"));
    }
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
    auto className = [&](int index) { return evaluation.classes[static_cast<std::size_t>(index)]; };
    if (parser.isSet("json")) {
        QJsonObject json = toJsonObject(tl::toJson(evaluation));
        json["model_fingerprint"] = fingerprintJson(classifier.info().fingerprint);
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
