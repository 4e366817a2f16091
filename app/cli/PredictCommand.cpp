#include "CliCommon.h"
#include "Commands.h"

#include "BatchCsv.h"
#include "Classifier.h"
#include "Error.h"

#include <QJsonArray>

namespace cli {
namespace {

QJsonObject probabilitiesJson(const tl::Prediction& prediction, const std::vector<std::string>& classes)
{
    QJsonObject probabilities;
    for (std::size_t c = 0; c < classes.size(); ++c)
        probabilities[QString::fromStdString(classes[c])] = prediction.probabilities[c];
    return probabilities;
}

QString className(const tl::Prediction& prediction, const std::vector<std::string>& classes)
{
    return QString::fromStdString(classes[static_cast<std::size_t>(prediction.predictedClass)]);
}

void printPrediction(const QString& image, const tl::Prediction& prediction, const std::vector<std::string>& classes,
                     const QString& suffix = {})
{
    QString line = image + "\t" + className(prediction, classes);
    for (std::size_t c = 0; c < classes.size(); ++c)
        line += "\t" + QString::fromStdString(classes[c]) + "=" + fixed(prediction.probabilities[c], 6);
    printLine(line + suffix);
}

// The images named on the command line, one at a time.
int predictImages(const QCommandLineParser& parser, const tl::Classifier& classifier)
{
    const auto& classes = classifier.info().classes;
    QJsonArray predictions;
    int failures = 0;
    for (const QString& image : parser.positionalArguments()) {
        try {
            const tl::Prediction prediction = classifier.predict(text(image), parser.isSet("tta"));
            predictions.append(QJsonObject{{"image", image},
                                           {"class", className(prediction, classes)},
                                           {"probabilities", probabilitiesJson(prediction, classes)}});
            if (!parser.isSet("json"))
                printPrediction(image, prediction, classes);
        } catch (const tl::Error& e) {
            printError(e);
            predictions.append(QJsonObject{{"image", image}, {"error", QString::fromStdString(e.what())}});
            ++failures;
        }
    }
    if (parser.isSet("json"))
        printJson(QJsonObject{{"model", parser.value("model")},
                              {"model_fingerprint", fingerprintJson(classifier.info().fingerprint)},
                              {"predictions", predictions}});
    return failures ? kFailure : kSuccess;
}

// A folder of new cases, in batches (Classifier::classify): the table to --csv, the lines or the
// JSON to stdout, and exit 1 after writing the rest when some files could not be read.
int predictFolder(const QCommandLineParser& parser, const tl::Classifier& classifier)
{
    if (parser.isSet("tta"))
        throw UsageError(Cli::tr("--tta classifies single images; it does not go with --dir"));
    const tl::ImageFolder folder = tl::listImageFolder(text(parser.value("dir")), parser.isSet("recursive"));
    const tl::ReferRule rule = referRuleFrom(parser);
    tl::BatchClassification batch;
    {
        ProgressLine progress;
        batch = completed(classifier.classify(folder, rule, progress.job()));
    }
    const tl::ModelInfo& info = classifier.info();
    if (parser.isSet("csv"))
        tl::writeBatchCsv(text(parser.value("csv")), batch, info);
    warnSkipped(batch.skipped);
    if (parser.isSet("json")) {
        QJsonArray predictions, skipped;
        for (const tl::ClassifiedImage& image : batch.images)
            predictions.append(QJsonObject{{"image", QString::fromStdString(image.path)},
                                           {"class", className(image.prediction, info.classes)},
                                           {"probabilities", probabilitiesJson(image.prediction, info.classes)},
                                           {"refer", image.refer}});
        for (const tl::SkippedFile& file : batch.skipped)
            skipped.append(QJsonObject{{"image", QString::fromStdString(file.path)},
                                       {"error", QString::fromStdString(file.reason.english())}});
        printJson(QJsonObject{{"model", parser.value("model")},
                              {"model_fingerprint", fingerprintJson(info.fingerprint)},
                              {"precision", "fp32"},
                              {"refer_rule", referRuleJson(rule, info)},
                              {"predictions", predictions},
                              {"skipped", skipped}});
    } else if (!parser.isSet("csv")) {
        for (const tl::ClassifiedImage& image : batch.images)
            printPrediction(QString::fromStdString(image.path), image.prediction, info.classes,
                            image.refer ? "\t" + Cli::tr("refer") : QString());
    }
    return batch.skipped.empty() ? kSuccess : kFailure;
}

} // namespace

int runPredict(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOption(ttaCommandLineOption());
    parser.addOptions({
        {"dir", Cli::tr("Classify every image of this folder, in batches."), "DIR"},
        {"recursive", Cli::tr("With --dir: its sub-folders' images too.")},
        {"csv",
         Cli::tr("With --dir: write the table (image, class, each probability, refer, model fingerprint) "
                 "to this CSV file."),
         "FILE"},
    });
    addReferRuleOptions(parser);
    parser.addPositionalArgument("IMAGE", Cli::tr("Images to classify."), "IMAGE...");
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli predict --model MODEL (IMAGE... | --dir DIR [--recursive] [--csv FILE])\n"
                             "Classifies images and prints each class probability."));
    requiredOption(parser, "model");
    const bool folder = parser.isSet("dir");
    if (folder == !parser.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("give either image files or --dir DIR, not both and not neither"));
    if (!folder && (parser.isSet("csv") || parser.isSet("recursive")))
        throw UsageError(Cli::tr("--csv and --recursive go with --dir"));
    const tl::Classifier classifier = openModel(parser);
    return folder ? predictFolder(parser, classifier) : predictImages(parser, classifier);
}

} // namespace cli
