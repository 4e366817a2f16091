#include "BatchReport.h"

#include "Backbones.h"
#include "Error.h"
#include "HeatmapOverlay.h"
#include "ImageDecoder.h"
#include "MetricText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace tl::ui {
namespace {

constexpr int kThumbnail = 64; // pixels of the layout: about 1.5 cm on the page

// The report's texts, in the catalogue under "BatchReport".
class Report {
    Q_DECLARE_TR_FUNCTIONS(BatchReport)
};

QImage thumbnail(const RgbImage& image)
{
    const QImage full(image.pixels.data(), image.width, image.height, 3 * image.width, QImage::Format_RGB888);
    return full.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString identity(const ModelInfo& info, const QString& modelName)
{
    QString html =
        "<h1>" + Report::tr("Classification report") + "</h1><p>" +
        Report::tr("Model: <b>%1</b>, on the frozen ImageNet %2, trained %3 on %4.")
            .arg(modelName.toHtmlEscaped(), QString::fromLatin1(backboneSpec(info.config.backbone).displayName),
                 escaped(info.createdAt), escaped(info.data.name)) +
        "<br>" +
        Report::tr("Model fingerprint (SHA-256): %1")
            .arg(info.fingerprint.empty() ? Report::tr("none (format 1)")
                                          : "<tt>" + escaped(info.fingerprint) + "</tt>") + // no "ff" ligature
        "</p>";
    if (info.demoWeights)
        html += "<p style='color:#a00'><b>" +
                Report::tr("Demo weights: results are not meaningful. This model was trained on seeded random backbone "
                           "weights, not ImageNet's.") +
                "</b></p>";
    return html;
}

QString metrics(const ModelInfo& info)
{
    QString rows;
    auto row = [&](const QString& name, const std::optional<Evaluation>& evaluation) {
        if (!evaluation)
            return;
        const Evaluation& e = *evaluation;
        auto cell = [&](const std::string& metric, double value) {
            return "</td><td>" + (e.binary || metric == "accuracy" ? metricWithInterval(e, metric, value) : "–");
        };
        rows += "<tr><td>" + name + "</td><td>" + QString::number(e.count) + cell("accuracy", e.accuracy) +
                cell("auc", e.auc) + cell("sensitivity", e.sensitivity) + cell("specificity", e.specificity) +
                "</td></tr>";
    };
    row(Report::tr("Validation"), info.result.validation);
    row(Report::tr("Test"), info.result.test);
    if (rows.isEmpty())
        return "<p>" + Report::tr("The model carries no validation or test metrics.") + "</p>";
    return "<h2>" + Report::tr("The model's measured performance") + "</h2><table border='1' cellpadding='4'><tr><th>" +
           Report::tr("Split") + "</th><th>" + Report::tr("Images") + "</th><th>" + Report::tr("Accuracy") +
           "</th><th>AUC</th><th>" + Report::tr("Sensitivity") + "</th><th>" + Report::tr("Specificity") +
           "</th></tr>" + rows + "</table><p>" +
           Report::tr("In brackets, 95% confidence intervals from a stratified bootstrap of the evaluated images.") +
           "</p>";
}

QString referRule(const ModelInfo& info, const ReferRule& rule)
{
    QString text;
    if (info.classes.size() == 2)
        text = Report::tr("An image is referred when its probability of “%1” is at least %2: the model's decision "
                          "threshold (%3) less an uncertainty band of %4.")
                   .arg(escaped(info.classes[static_cast<std::size_t>(info.positiveClass)]),
                        localNumber(info.result.threshold - rule.band, 2), localNumber(info.result.threshold, 2),
                        localNumber(rule.band, 2));
    else
        text = Report::tr("An image is referred when its most likely class has a probability below %1.")
                   .arg(localNumber(rule.minimumConfidence, 2));
    return "<h2>" + Report::tr("Refer rule") + "</h2><p>" + text + "</p>";
}

} // namespace

bool writeBatchReport(const QString& path, const Classifier& classifier, const BatchClassification& batch,
                      const ReportRequest& request)
{
    const ModelInfo& info = classifier.info();
    QTextDocument document;
    std::size_t referred = 0;
    for (const ClassifiedImage& image : batch.images)
        referred += image.refer ? 1 : 0;
    QString html = identity(info, request.modelName) + metrics(info) + referRule(info, request.rule) + "<p>" +
                   Report::tr("%1 images classified, %2 referred, %3 unreadable.")
                       .arg(batch.images.size())
                       .arg(referred)
                       .arg(batch.skipped.size()) +
                   "</p>";
    const QString probabilityHeader =
        info.classes.size() == 2
            ? Report::tr("Probability of “%1”").arg(escaped(info.classes[static_cast<std::size_t>(info.positiveClass)]))
            : Report::tr("Probability");
    html += "<table border='1' cellpadding='3' width='100%'><thead><tr><th>" + Report::tr("Image") + "</th><th>" +
            Report::tr("Class") + "</th><th>" + probabilityHeader + "</th><th>" + Report::tr("Refer") +
            "</th><th>Grad-CAM</th>"
            "</tr></thead>";
    for (std::size_t i = 0; i < batch.images.size(); ++i) {
        const ClassifiedImage& row = batch.images[i];
        QString picture = Report::tr("(unreadable)"), heat;
        try {
            const RgbImage image = decodeImage(row.path);
            const QUrl thumb("thumb://" + QString::number(i));
            document.addResource(QTextDocument::ImageResource, thumb, thumbnail(image));
            picture = "<img src='" + thumb.toString() + "'>";
            const bool wanted =
                request.heatmaps == ReportHeatmaps::All || (request.heatmaps == ReportHeatmaps::Referred && row.refer);
            if (wanted && classifier.canExplain()) {
                const Explanation explanation = classifier.explain(image);
                const QUrl cam("cam://" + QString::number(i));
                document.addResource(QTextDocument::ImageResource, cam,
                                     thumbnail(overlayHeatmap(image, explanation.heatmap, 0.5)));
                heat = "<img src='" + cam.toString() + "'>";
            }
        } catch (const Error&) {
        }
        html += "<tr><td>" + picture + "<br><small>" +
                QFileInfo(QString::fromStdString(row.path)).fileName().toHtmlEscaped() + "</small></td><td>" +
                escaped(info.classes.at(static_cast<std::size_t>(row.prediction.predictedClass))) + "</td><td>" +
                localNumber(referredProbability(row.prediction.probabilities, info), 3) + "</td><td>" +
                (row.refer ? "<b>" + Report::tr("refer") + "</b>" : QString()) + "</td><td>" + heat + "</td></tr>";
        if (request.progress && !request.progress(i + 1, batch.images.size()))
            return false;
    }
    html += "</table>";
    if (!batch.skipped.empty()) {
        html += "<h2>" + Report::tr("Unreadable files") + "</h2><ul>";
        for (const SkippedFile& file : batch.skipped)
            html += "<li>" + escaped(file.path) + "</li>";
        html += "</ul>";
    }
    html +=
        "<p><small>" +
        Report::tr(
            "This report is NOT a diagnosis. The model is not a clinically validated device; a clinician decides.") +
        "</small></p>";
    document.setHtml(html);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Report::tr("cannot create '%1': %2").arg(path, file.errorString()).toStdString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(Report::tr("Classification report"));
        writer.setCreator("TransferLab");
        document.print(&writer); // paginated, with the page number at the bottom of each page
    }
    if (!file.commit())
        throw Error(Report::tr("cannot write '%1': %2").arg(path, file.errorString()).toStdString());
    return true;
}

} // namespace tl::ui
