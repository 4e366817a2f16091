#include "UiTestSupport.h"

#include "Fixtures.h"
#include "Training.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QDir>
#include <QStandardPaths>

namespace tl::ui::test {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("TransferLabTests");
    QCoreApplication::setApplicationName("TransferLabTests");
    QSettings().clear();
    // The data folder (models, run history) follows XDG_DATA_HOME: one of the test's own, empty.
    const QString data = QDir::tempPath() + "/transferlab-ui-test-data-" + QCoreApplication::applicationName() + "-" +
                         QString::number(QCoreApplication::applicationPid());
    QDir(data).removeRecursively();
    qputenv("XDG_DATA_HOME", data.toLocal8Bit());
}

Workspace makeWorkspace(int trainPerClass, int testPerClass)
{
    Workspace workspace;
    workspace.root = QString::fromStdString(fixtures::makeTempDir("transferlab-ui-test"));
    workspace.weights = workspace.root + "/vgg16.h5";
    workspace.dataset = workspace.root + "/dataset";
    workspace.cache = workspace.root + "/cache";
    workspace.model = workspace.root + "/models/model.h5";
    fixtures::writeSeededVgg16Weights(workspace.weights.toStdString(), 1);
    fixtures::SyntheticDatasetSpec spec;
    spec.size = 32;
    spec.imagesPerClass = trainPerClass;
    fixtures::writeSyntheticDataset((workspace.dataset + "/train").toStdString(), spec);
    spec.imagesPerClass = testPerClass;
    spec.seed = 99;
    fixtures::writeSyntheticDataset((workspace.dataset + "/test").toStdString(), spec);
    return workspace;
}

TrainConfig workspaceTrainConfig(const Workspace& workspace)
{
    TrainConfig config = fixtures::smallTrainConfig(workspace.root.toStdString());
    config.weightsPath = workspace.weights.toStdString();
    config.cacheDir = workspace.cache.toStdString();
    return config;
}

std::string trainModelFile(const Workspace& workspace, const QString& name, int epochs)
{
    TrainConfig config = workspaceTrainConfig(workspace);
    config.epochs = epochs;
    const std::string model = (workspace.root + "/" + name).toStdString();
    trainModel(scanDataset(workspace.dataset.toStdString()), config, model, false);
    return model;
}

void configureFastTraining(QObject* window, const Workspace& workspace, int epochs)
{
    child<QLineEdit>(window, "weightsLineEdit")->setText(workspace.weights);
    child<QLineEdit>(window, "cacheDirLineEdit")->setText(workspace.cache);
    child<QLineEdit>(window, "modelPathLineEdit")->setText(workspace.model);
    child<QSpinBox>(window, "imageSizeSpinBox")->setValue(32);
    child<QSpinBox>(window, "batchSizeSpinBox")->setValue(8);
    child<QSpinBox>(window, "epochsSpinBox")->setValue(epochs);
    child<QSpinBox>(window, "earlyStoppingPatienceSpinBox")->setValue(0);
    child<QSpinBox>(window, "reduceLrPatienceSpinBox")->setValue(0);
    child<QDoubleSpinBox>(window, "validationFractionSpinBox")->setValue(0.25);
    // fp32 on every CPU: Automatic picks bf16 where the CPU has it, and the tests that compare
    // the app with an fp32 export mean exactness.
    auto* precision = child<QComboBox>(window, "precisionComboBox");
    precision->setCurrentIndex(precision->findData(QString("fp32")));
}

void dropUrl(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace tl::ui::test
