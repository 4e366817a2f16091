#include "CliCommon.h"
#include "Commands.h"

#include "Classifier.h"
#include "Error.h"
#include "HeatmapOverlay.h"

#include <algorithm>

namespace cli {

int runExplain(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOptions({
        {"out", Cli::tr("The overlay image to write (.png or .jpg)."), "FILE"},
        {"class", Cli::tr("The class to explain (default: the predicted one)."), "NAME"},
        {"opacity", Cli::tr("Opacity of the heat map over the image, 0 to 1 (default 0.5)."), "X"},
    });
    parser.addPositionalArgument("IMAGE", Cli::tr("The image to explain."));
    parseCommandLine(
        parser, args,
        Cli::tr("transferlab-cli explain --model MODEL IMAGE --out overlay.png [--class NAME]\n"
                "Shows where the model looked: a Grad-CAM heat map (the backbone's last convolution) over the image."));
    const QString out = requiredOption(parser, "out");
    if (parser.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("give exactly one image (see --help)"));
    const double opacity = doubleOption(parser, "opacity", 0.5);
    if (opacity < 0.0 || opacity > 1.0)
        throw UsageError(Cli::tr("--opacity must be between 0 and 1"));
    const tl::Classifier classifier = openModel(parser);
    const auto& classes = classifier.info().classes;
    std::optional<int> classIndex;
    if (parser.isSet("class")) {
        const auto found = std::find(classes.begin(), classes.end(), text(parser.value("class")));
        if (found == classes.end())
            throw UsageError(Cli::tr("the model has no class '%1'").arg(parser.value("class")));
        classIndex = static_cast<int>(found - classes.begin());
    }
    const std::string image = text(parser.positionalArguments().front());
    const tl::RgbImage pixels = tl::decodeImage(image);
    const tl::Explanation explanation = classifier.explain(pixels, classIndex);
    tl::writeImageFile(tl::overlayHeatmap(pixels, explanation.heatmap, opacity), text(out));

    const std::string predicted = classes[static_cast<std::size_t>(explanation.prediction.predictedClass)];
    const std::string explained = classes[static_cast<std::size_t>(explanation.explainedClass)];
    if (parser.isSet("json")) {
        printJson(QJsonObject{{"image", QString::fromStdString(image)},
                              {"class", QString::fromStdString(predicted)},
                              {"explained_class", QString::fromStdString(explained)},
                              {"overlay", out},
                              {"heatmap_width", explanation.heatmap.width},
                              {"heatmap_height", explanation.heatmap.height}});
    } else {
        printLine(QString::fromStdString(image) + "\t" +
                  Cli::tr("predicted %1").arg(QString::fromStdString(predicted)) + "\t" +
                  Cli::tr("explained %1").arg(QString::fromStdString(explained)) + "\t" + Cli::tr("wrote %1").arg(out));
    }
    return kSuccess;
}

} // namespace cli
