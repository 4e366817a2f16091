#include "CliCommon.h"
#include "Commands.h"

#include "Error.h"
#include "ModelExport.h"

#include <QFileInfo>
#include <QJsonArray>

namespace cli {

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOptions({
        {"format",
         Cli::tr("torchscript (uint8 H x W x 3 image in, probabilities out; preprocessing inside), onnx (float N x S x "
                 "S x 3 image, already resized, in) or card (Markdown model card, plus its .json twin)."),
         "FORMAT"},
        {"out", Cli::tr("The file to write."), "FILE"},
    });
    parseCommandLine(
        parser, args,
        Cli::tr("transferlab-cli export --model MODEL --format torchscript|onnx|card --out FILE\n"
                "Exports a trained model with its whole pipeline, so that it answers the same elsewhere."));
    tl::ExportFormat format;
    try {
        format = tl::exportFormatFromString(text(requiredOption(parser, "format")));
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
    const QString out = requiredOption(parser, "out");
    const tl::Classifier classifier = openModel(parser);
    const std::vector<std::string> written = tl::exportModel(classifier, format, text(out));

    QJsonArray files;
    for (const std::string& path : written) {
        const QFileInfo file(QString::fromStdString(path));
        files.append(QJsonObject{{"path", file.filePath()}, {"bytes", file.size()}});
        if (!parser.isSet("json"))
            printLine(Cli::tr("wrote %1 (%2 MB)")
                          .arg(QString::fromStdString(path), fixed(static_cast<double>(file.size()) / 1e6, 1)));
    }
    if (parser.isSet("json"))
        printJson(QJsonObject{{"format", tl::toString(format)}, {"files", files}});
    return kSuccess;
}

} // namespace cli
