#pragma once
// A batch's report to file or hand on, as a PDF (Qt's QTextDocument printed by QPdfWriter, no
// other dependency): which model answered (file, backbone, training date, fingerprint, the
// demo-weights mark), its validation and test metrics, the refer rule, then one row per image
// (thumbnail, class, probability, refer flag, Grad-CAM thumbnail), the unreadable files, and
// page numbers; in the language of the installed translator. The CLI's `report` and the
// Classify view's Save Report… write the same document. Needs a QGuiApplication (the CLI
// starts one on the offscreen platform).
#include "Classifier.h"
#include "ReferRule.h"

#include <QString>

#include <functional>

namespace tl::ui {

// Which rows get a Grad-CAM thumbnail: each costs a backward pass (a VGG16 224 px image about a
// second on a laptop CPU), so by default only the referred ones.
enum class ReportHeatmaps { Referred, All, None };

struct ReportRequest {
    QString modelName; // the model file's name as the user knows it
    ReferRule rule;
    ReportHeatmaps heatmaps = ReportHeatmaps::Referred;
    // Hears (done, total) per row drawn; false cancels (nothing is written then).
    std::function<bool(std::size_t, std::size_t)> progress;
};

// Writes the report to path atomically. Returns false when cancelled; throws tl::Error naming the
// path when it cannot be written.
bool writeBatchReport(const QString& path, const Classifier& classifier, const BatchClassification& batch,
                      const ReportRequest& request);

} // namespace tl::ui
