#include "CliCommon.h"
#include "Commands.h"

#include "DemoWeights.h"
#include "Paths.h"

#include <QFileInfo>

#include <cstdio>

namespace cli {

int runDemoWeights(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({"out", Cli::tr("Where to write them (default: the weights folder)."), "FILE"});
    parser.addOption(backboneOption());
    parseCommandLine(
        parser, args,
        Cli::tr("transferlab-cli demo-weights [--backbone vgg16|mobilenetv2] [--out FILE]\n"
                "Writes demo weights: the backbone in the Keras layout with seeded random values, for\n"
                "trying TransferLab offline. Everything runs on them, but the results are not meaningful,\n"
                "and every model trained on them says so."));
    const tl::BackboneId backbone = backboneFrom(parser);
    const QString out =
        parser.isSet("out") ? parser.value("out") : QString::fromStdString(tl::demoWeightsPath(backbone));
    tl::writeDemoWeights(text(out), backbone);
    const QString path = QFileInfo(out).absoluteFilePath();
    if (parser.isSet("json"))
        printJson(QJsonObject{{"path", path}, {"demo_weights", true}});
    else
        std::printf("%s\n", text(path).c_str());
    return kSuccess;
}

} // namespace cli
