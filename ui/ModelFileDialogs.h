#pragma once
// The file dialogs of File > Open Model, Save Model As and Export Model (one filter per export
// format), and the copy that replaces its destination only once complete.
#include "ModelExport.h"

#include <QString>

#include <optional>

class QWidget;

namespace tl::ui {

struct ExportTarget {
    QString path; // with the format's extension when the user typed none
    ExportFormat format = ExportFormat::TorchScript;
};

// Each returns empty when the user cancelled; modelPath is the current model, to start from.
QString askModelToOpen(QWidget* parent, const QString& modelPath);
QString askModelCopyPath(QWidget* parent, const QString& modelPath);
std::optional<ExportTarget> askExportTarget(QWidget* parent, const QString& modelPath);

// Copies through a QSaveFile. On failure returns false and sets *error.
bool copyAtomically(const QString& from, const QString& to, QString* error);

} // namespace tl::ui
