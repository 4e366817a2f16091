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
    const QString fallback = QString::fromStdString(tl::demoWeightsPath());
    parser.addOption({"out", Cli::tr("Where to write them (default: %1).").arg(fallback), "FILE"});
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli demo-weights [--out FILE]\n"
                             "Writes demo weights: VGG16 in the Keras layout with seeded random values, for trying\n"
                             "TransferLab offline. Everything runs on them, but the results are not meaningful, and\n"
                             "every model trained on them says so."));
    const QString out = parser.isSet("out") ? parser.value("out") : fallback;
    tl::writeDemoWeights(text(out));
    const QString path = QFileInfo(out).absoluteFilePath();
    if (parser.isSet("json"))
        printJson(QJsonObject{{"path", path}, {"demo_weights", true}});
    else
        std::printf("%s\n", text(path).c_str());
    return kSuccess;
}

} // namespace cli
