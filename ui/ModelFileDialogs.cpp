#include "ModelFileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>

namespace tl::ui {

QString askModelToOpen(QWidget* parent, const QString& modelPath)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("MainWindow", "Open Model"), QFileInfo(modelPath).absolutePath(),
        QCoreApplication::translate("MainWindow", "TransferLab models (*.tlmodel *.h5);;"
                                                  "TorchScript exports (*.pt);;"
                                                  "All files (*)"));
}

QString askModelCopyPath(QWidget* parent, const QString& modelPath)
{
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("MainWindow", "Save Model As"), modelPath,
                                        QCoreApplication::translate("MainWindow", "TransferLab models (*.tlmodel)"));
}

std::optional<ExportTarget> askExportTarget(QWidget* parent, const QString& modelPath)
{
    const QString torchScript =
        QCoreApplication::translate("MainWindow", "TorchScript, image in, probabilities out (*.pt)");
    const QString onnx = QCoreApplication::translate("MainWindow", "ONNX, resized image in (*.onnx)");
    const QString card = QCoreApplication::translate("MainWindow", "Model card, Markdown and JSON (*.md)");
    QString filter = torchScript;
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("MainWindow", "Export Model"),
                                                QFileInfo(modelPath).completeBaseName(),
                                                QStringList{torchScript, onnx, card}.join(";;"), &filter);
    if (path.isEmpty())
        return {};
    const ExportFormat format = filter == onnx   ? ExportFormat::Onnx
                                : filter == card ? ExportFormat::Card
                                                 : ExportFormat::TorchScript;
    const QString extension = format == ExportFormat::Onnx ? ".onnx" : format == ExportFormat::Card ? ".md" : ".pt";
    if (QFileInfo(path).suffix().isEmpty())
        path += extension;
    return ExportTarget{path, format};
}

bool copyAtomically(const QString& from, const QString& to, QString* error)
{
    QFile source(from);
    QSaveFile target(to);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    if (!target.open(QIODevice::WriteOnly)) {
        *error = target.errorString();
        return false;
    }
    while (!source.atEnd())
        if (target.write(source.read(1 << 20)) < 0)
            break;
    if (!target.commit()) {
        *error = target.errorString();
        return false;
    }
    return true;
}

} // namespace tl::ui
