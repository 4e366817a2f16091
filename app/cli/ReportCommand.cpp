#include "CliCommon.h"
#include "Commands.h"

#include "BatchReport.h"
#include "Classifier.h"
#include "Error.h"

#include <QFileInfo>

namespace cli {

int runReport(const QStringList& args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOptions({
        {"dir", Cli::tr("The folder of images to classify."), "DIR"},
        {"recursive", Cli::tr("Its sub-folders' images too.")},
        {"out", Cli::tr("The PDF file to write."), "FILE"},
        {"gradcam",
         Cli::tr("Which rows get a Grad-CAM thumbnail: refer (default: the referred images), all or none. Each "
                 "costs about one more backbone pass."),
         "WHICH"},
    });
    addReferRuleOptions(parser);
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli report --model MODEL --dir DIR --out report.pdf [--gradcam "
                             "refer|all|none]\nClassifies a folder of new cases and writes a report to file or hand "
                             "on: the model's identity and metrics, the refer rule, one row per image."));
    const QString out = requiredOption(parser, "out");
    const QString which = parser.isSet("gradcam") ? parser.value("gradcam") : "refer";
    if (which != "refer" && which != "all" && which != "none")
        throw UsageError(Cli::tr("--gradcam must be refer, all or none"));
    const tl::ui::ReportRequest request{
        QFileInfo(requiredOption(parser, "model")).fileName(),
        referRuleFrom(parser),
        which == "all" ? tl::ui::ReportHeatmaps::All
                       : (which == "none" ? tl::ui::ReportHeatmaps::None : tl::ui::ReportHeatmaps::Referred),
        {}};
    const tl::Classifier classifier = openModel(parser);
    const tl::ImageFolder folder = tl::listImageFolder(text(requiredOption(parser, "dir")), parser.isSet("recursive"));
    tl::BatchClassification batch;
    {
        ProgressLine progress;
        batch = completed(classifier.classify(folder, request.rule, progress.job()));
    }
    {
        ProgressLine progress;
        tl::ui::ReportRequest drawing = request;
        drawing.progress = [&](std::size_t done, std::size_t total) {
            progress.update(Cli::tr("writing the report"), done, total);
            return true;
        };
        tl::ui::writeBatchReport(out, classifier, batch, drawing);
    }
    warnSkipped(batch.skipped);
    if (parser.isSet("json"))
        printJson(QJsonObject{{"report", QFileInfo(out).absoluteFilePath()},
                              {"model_fingerprint", fingerprintJson(classifier.info().fingerprint)},
                              {"images", static_cast<qint64>(batch.images.size())},
                              {"skipped", static_cast<qint64>(batch.skipped.size())}});
    else
        printLine(Cli::tr("wrote %1 (%2 images)").arg(QFileInfo(out).absoluteFilePath()).arg(batch.images.size()));
    return batch.skipped.empty() ? kSuccess : kFailure;
}

} // namespace cli
