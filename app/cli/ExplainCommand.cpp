#include "CliCommon.h"
#include "Commands.h"

#include "Classifier.h"
#include "Error.h"
#include "HeatmapOverlay.h"

#include <algorithm>
#include <cstdio>

namespace cli {

int runExplain(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOptions({
        {"out", "The overlay image to write (.png or .jpg).", "FILE"},
        {"class", "The class to explain (default: the predicted one).", "NAME"},
        {"opacity", "Opacity of the heat map over the image, 0 to 1 (default 0.5).", "X"},
    });
    parser.addPositionalArgument("IMAGE", "The image to explain.");
    parseCommandLine(parser, args,
                     "transferlab-cli explain --model MODEL IMAGE --out overlay.png [--class NAME]\n"
                     "Shows where the model looked: a Grad-CAM heat map (block5_conv3) over the image.");
    const QString out = requiredOption(parser, "out");
    if (parser.positionalArguments().size() != 1)
        throw UsageError("give exactly one image (see --help)");
    const double opacity = doubleOption(parser, "opacity", 0.5);
    if (opacity < 0.0 || opacity > 1.0)
        throw UsageError("--opacity must be between 0 and 1");
    const tl::Classifier classifier = openModel(parser);
    const auto& classes = classifier.info().classes;
    std::optional<int> classIndex;
    if (parser.isSet("class")) {
        const auto found = std::find(classes.begin(), classes.end(), text(parser.value("class")));
        if (found == classes.end())
            throw UsageError("the model has no class '" + text(parser.value("class")) + "'");
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
        std::printf("%s\tpredicted %s\texplained %s\twrote %s\n", image.c_str(), predicted.c_str(), explained.c_str(),
                    text(out).c_str());
    }
    return kSuccess;
}

} // namespace cli
