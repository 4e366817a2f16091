#include "CliCommon.h"
#include "Commands.h"

#include "Classifier.h"
#include "Dataset.h"

#include <iostream>
#include <optional>

namespace cli {

int runEvaluate(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOption(ttaCommandLineOption());
    parser.addOptions({
        {"data", "Folder of labelled images: DIR/<class>/* (a train/test layout uses every split).", "DIR"},
        {"threshold", "Two classes: predict the positive class when its probability reaches X (default: the model's).",
         "X"},
    });
    parseCommandLine(parser, args,
                     "transferlab-cli evaluate --model MODEL --data DIR [--threshold X]\n"
                     "Measures a trained model on labelled images.");
    const QString dataDir = requiredOption(parser, "data");
    std::optional<double> threshold;
    if (parser.isSet("threshold")) {
        threshold = doubleOption(parser, "threshold", 0.5);
        if (*threshold < 0 || *threshold > 1)
            throw UsageError("--threshold must be between 0 and 1");
    }
    const tl::Classifier classifier = openModel(parser);
    const tl::Dataset dataset = tl::scanDataset(text(dataDir));
    tl::DatasetEvaluation result;
    {
        ProgressLine progress;
        result = classifier.evaluate(
            dataset, threshold,
            [&](std::size_t done, std::size_t total) { return progress.update("evaluating", done, total); },
            parser.isSet("tta"));
    }
    for (const tl::SkippedFile& skipped : dataset.skipped)
        std::cerr << "warning: skipped " << skipped.path << ": " << skipped.reason << "\n";
    for (const tl::SkippedFile& skipped : result.skipped)
        std::cerr << "warning: skipped " << skipped.path << ": " << skipped.reason << "\n";
    if (parser.isSet("json"))
        printJson(toJsonObject(tl::toJson(result.evaluation)));
    else
        printEvaluation(result.evaluation);
    return kSuccess;
}

} // namespace cli
