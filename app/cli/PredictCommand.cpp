#include "CliCommon.h"
#include "Commands.h"

#include "Classifier.h"
#include "Error.h"

#include <QJsonArray>

namespace cli {

int runPredict(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOption(ttaCommandLineOption());
    parser.addPositionalArgument("IMAGE", Cli::tr("Images to classify."), "IMAGE...");
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli predict --model MODEL IMAGE...\n"
                             "Classifies images and prints each class probability."));
    const QString modelPath = requiredOption(parser, "model");
    if (parser.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("no image given (see --help)"));
    const tl::Classifier classifier = openModel(parser);
    const auto& classes = classifier.info().classes;

    QJsonArray predictions;
    int failures = 0;
    for (const QString& image : parser.positionalArguments()) {
        try {
            const tl::Prediction prediction = classifier.predict(text(image), parser.isSet("tta"));
            QJsonObject probabilities;
            for (std::size_t c = 0; c < classes.size(); ++c)
                probabilities[QString::fromStdString(classes[c])] = prediction.probabilities[c];
            const QString predicted =
                QString::fromStdString(classes[static_cast<std::size_t>(prediction.predictedClass)]);
            predictions.append(QJsonObject{{"image", image}, {"class", predicted}, {"probabilities", probabilities}});
            if (!parser.isSet("json")) {
                QString line = image + "\t" + predicted;
                for (std::size_t c = 0; c < classes.size(); ++c)
                    line += "\t" + QString::fromStdString(classes[c]) + "=" + fixed(prediction.probabilities[c], 6);
                printLine(line);
            }
        } catch (const tl::Error& e) {
            printError(e);
            predictions.append(QJsonObject{{"image", image}, {"error", QString::fromStdString(e.what())}});
            ++failures;
        }
    }
    if (parser.isSet("json"))
        printJson(QJsonObject{{"model", modelPath},
                              {"model_fingerprint", fingerprintJson(classifier.info().fingerprint)},
                              {"predictions", predictions}});
    return failures ? kFailure : kSuccess;
}

} // namespace cli
