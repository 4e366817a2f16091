#include "MainWindow.h"

#include "AsyncTask.h"
#include "ClassifyView.h"
#include "Confirmation.h"
#include "DatasetView.h"
#include "DroppedFiles.h"
#include "EngineBridge.h"
#include "Error.h"
#include "ErrorReviewPanel.h"
#include "LeakagePanel.h"
#include "LearningCurvePanel.h"
#include "SubgroupPanel.h"
#include "EvaluationView.h"
#include "FileKind.h"
#include "ModelFile.h"
#include "ModelFileDialogs.h"
#include "RecentDatasetsMenu.h"
#include "RunHistoryStore.h"
#include "RunRecord.h"
#include "Session.h"
#include "TrainingPanel.h"
#include "WeightsGuide.h"
#include "WeightsNotice.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tl::ui {
namespace {

const char* const kGeometryKey = "window/geometry";
const char* const kStateKey = "window/state";
constexpr int kStatusTimeoutMs = 5000;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_session(new Session(defaultRunHistoryPath(), this)), m_tabs(new QTabWidget(this)),
      m_datasetView(new DatasetView(this)), m_trainingPanel(new TrainingPanel(m_session, this)),
      m_evaluationView(new EvaluationView(this)), m_classifyView(new ClassifyView(this)),
      m_weightsGuide(new WeightsGuide(this))
{
    setObjectName("mainWindow");
    setWindowTitle(tr("TransferLab"));
    setMinimumSize(960, 600); // fits a 1024 x 640 screen with its panels
    setAcceptDrops(true);
    m_tabs->setObjectName("viewTabWidget");
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_datasetView, tr("1. &Data"));
    m_tabs->addTab(m_trainingPanel, tr("2. &Train"));
    m_tabs->addTab(m_evaluationView, tr("3. &Evaluate"));
    m_tabs->addTab(m_classifyView, tr("4. &Classify"));
    auto* layout = new QVBoxLayout(new QWidget(this)); // the weights notice above the views
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_weightsGuide->notice());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(layout->parentWidget());
    createActions();
    createStatusBar();
    connectViews();
    restoreSettings();
    updateActions();
}

void MainWindow::connectViews()
{
    auto showStatus = [this](const QString& message) { statusBar()->showMessage(message, kStatusTimeoutMs); };
    connect(m_trainingPanel, &TrainingPanel::statusMessage, this, showStatus);
    connect(m_evaluationView, &EvaluationView::statusMessage, this, showStatus);
    connect(m_evaluationView, &EvaluationView::thresholdChosen, this, &MainWindow::saveModelThreshold);
    connect(m_evaluationView->errorReview(), &ErrorReviewPanel::retrainRequested, this,
            &MainWindow::retrainWithoutMarkedImages);
    connect(m_evaluationView->errorReview(), &ErrorReviewPanel::statusMessage, this, showStatus);
    connect(m_classifyView, &ClassifyView::statusMessage, this, showStatus);
    connect(m_trainingPanel, &TrainingPanel::splitSettingsChanged, this, &MainWindow::applySplits);
    connect(m_datasetView, &DatasetView::groupsFileChosen, this, &MainWindow::loadGroups);
    LearningCurvePanel* curve = m_evaluationView->learningCurve();
    connect(curve, &LearningCurvePanel::drawRequested, this, [this, curve] {
        if (m_dataset)
            curve->draw(*m_dataset, m_trainingPanel->config());
    });
    LeakagePanel* leakage = m_datasetView->leakagePanel();
    connect(leakage, &LeakagePanel::findRequested, this, [this, leakage] {
        if (m_dataset)
            leakage->find(*m_dataset, m_trainingPanel->config());
    });
    connect(leakage, &LeakagePanel::groupPairRequested, this, &MainWindow::groupPair);
    connect(leakage, &LeakagePanel::imageExcluded, this, [this] { // read again without it
        if (m_dataset)
            scanAndShowDataset(toQString(m_dataset->root), [] {});
    });
    connect(m_trainingPanel, &TrainingPanel::trainingFinished, this, &MainWindow::showTrainingOutcome);
    connect(m_trainingPanel, &TrainingPanel::runReopened, this, &MainWindow::showRun);
    connect(m_weightsGuide, &WeightsGuide::statusMessage, this, showStatus);
    // The weights: the Train view names them, the guide gets them there.
    m_weightsGuide->setTrainingWeights(m_trainingPanel->weightsPath(), m_trainingPanel->config().backbone);
    connect(m_trainingPanel, &TrainingPanel::weightsPathChanged, m_weightsGuide, &WeightsGuide::setTrainingWeights);
    connect(m_trainingPanel, &TrainingPanel::weightsNeeded, m_weightsGuide, &WeightsGuide::openManagerToTrain);
    connect(m_weightsGuide, &WeightsGuide::weightsChosen, m_trainingPanel, &TrainingPanel::setWeightsPath);
    connect(m_weightsGuide, &WeightsGuide::trainingRequested, m_trainingPanel, &TrainingPanel::startTraining);
    connect(m_trainingPanel, &TrainingPanel::trainingFailed, this,
            [this](const QString& message) { statusBar()->showMessage(tr("Training failed: %1").arg(message)); });
    connect(m_session, &Session::trainingChanged, this, &MainWindow::updateActions);
    connect(m_session, &Session::trainingChanged, this, [this](bool running) {
        if (!running && m_quitWhenTrainingStops)
            close();
    });
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    // The first time: 1280 x 800, or the screen's free area when that is smaller.
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()) && screen())
        resize(QSize(1280, 800).boundedTo(screen()->availableSize()).expandedTo(minimumSize()));
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session->isTraining()) {
        event->ignore(); // closes once the run has stopped, if the user agrees
        if (!m_quitWhenTrainingStops)
            askToStopTrainingAndQuit();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_trainingPanel->saveSettings();
    event->accept();
}

void MainWindow::askToStopTrainingAndQuit()
{
    const Confirmation question{"quitDuringTrainingMessageBox",
                                QMessageBox::Question,
                                tr("Quit TransferLab"),
                                tr("A training is running. Stop it and quit? Its model will not be written; the "
                                   "checkpoint of its last finished epoch is kept for resuming."),
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::Yes,
                                QMessageBox::No};
    confirmThen(this, question, [this] {
        m_quitWhenTrainingStops = true;
        m_trainingPanel->cancelTraining(); // the worker stops within one batch, then trainingChanged(false)
    });
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString& name)
{
    const QStringList names = {"data", "train", "evaluate", "classify"};
    const int index = names.indexOf(name.toLower());
    return index < 0 ? std::nullopt : std::optional<View>(static_cast<View>(index));
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(static_cast<int>(view));
}

void MainWindow::chooseDataset()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Dataset"));
    if (!path.isEmpty())
        openDataset(path);
}

void MainWindow::chooseModel()
{
    if (const QString path = askModelToOpen(this, m_modelPath); !path.isEmpty())
        openModel(path);
}

void MainWindow::openDataset(const QString& path)
{
    m_groups.reset(); // another dataset's groups
    scanAndShowDataset(path, [this, path] {
        m_recentMenu->remember(path);
        statusBar()->showMessage(tr("Opened %1").arg(path), kStatusTimeoutMs);
        emit datasetOpened(path);
    });
}

void MainWindow::retrainWithoutMarkedImages()
{
    if (!m_dataset || m_session->isTraining())
        return;
    scanAndShowDataset(toQString(m_dataset->root), [this] {
        showView(View::Train);
        m_trainingPanel->startTraining();
    });
}

void MainWindow::scanAndShowDataset(const QString& path, const std::function<void()>& then)
{
    statusBar()->showMessage(tr("Scanning %1…").arg(path));
    const QString folder = QFileInfo(path).absoluteFilePath();
    runAsync(
        this, [folder] { return scanDataset(toStdString(folder)); },
        [this, then](Dataset dataset) {
            setDataset(std::move(dataset));
            then();
        },
        [this](const QString& message) {
            statusBar()->clearMessage();
            showError(tr("Open Dataset"), tr("The dataset cannot be opened: %1").arg(message));
        });
}

void MainWindow::setDataset(Dataset dataset)
{
    m_dataset = std::move(dataset);
    if (m_groups)
        groupByMetadata(*m_dataset, *m_groups);
    m_trainingPanel->setDataset(*m_dataset);
    m_evaluationView->subgroups()->setMetadata(m_groups);
    const TrainConfig config = m_trainingPanel->config();
    applySplits(config.validationFraction, config.testFraction, config.seed);
    m_datasetStatus->setText(tr("Dataset: %1 (%n image(s))", nullptr, static_cast<int>(m_dataset->images.size()))
                                 .arg(QFileInfo(toQString(m_dataset->root)).fileName()));
    setWindowTitle(tr("%1 — TransferLab").arg(QFileInfo(toQString(m_dataset->root)).fileName()));
    showView(View::Data);
}

void MainWindow::loadGroups(const QString& csvPath)
{
    if (!m_dataset)
        return;
    try {
        ImageMetadata groups = readImageMetadata(toStdString(csvPath));
        groupByMetadata(*m_dataset, groups); // throws when it has no group column: nothing changes then
        m_groups = std::move(groups);
    } catch (const Error& error) {
        return showError(tr("Load Groups"), tr("The groups cannot be loaded: %1").arg(i18n::errorText(error)));
    }
    setDataset(*m_dataset);
}

void MainWindow::groupPair(const QString& first, const QString& second)
{
    if (!m_dataset)
        return;
    if (!m_groups)
        m_groups = ImageMetadata{};
    putInOneGroup(*m_groups, datasetRelativePath(*m_dataset, toStdString(first)),
                  datasetRelativePath(*m_dataset, toStdString(second)));
    setDataset(*m_dataset);
    statusBar()->showMessage(tr("%1 and %2 are now one group: no split will separate them")
                                 .arg(QFileInfo(first).fileName(), QFileInfo(second).fileName()),
                             kStatusTimeoutMs);
}

void MainWindow::applySplits(double validationFraction, double testFraction, quint64 seed)
{
    if (!m_dataset)
        return;
    Dataset split = *m_dataset;
    try {
        assignTrainingSplits(split, testFraction, validationFraction, seed);
    } catch (const Error& error) {
        statusBar()->showMessage(i18n::errorText(error), kStatusTimeoutMs);
    }
    m_datasetView->setDataset(split);
    m_evaluationView->setDataset(split);
}

void MainWindow::openModel(const QString& path)
{
    if (sniffFileKind(toStdString(path)) != FileKind::TorchScriptZip)
        return loadModel(path, true);
    // A TorchScript file is a program: say so before running it.
    const Confirmation question{
        "codeWarningMessageBox",
        QMessageBox::Warning,
        tr("Open TorchScript File"),
        tr("%1 is a TorchScript file: it contains code that runs on this computer when the model is used. Open it "
           "only if you trust where it came from, such as an export you made yourself.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Open | QMessageBox::Cancel,
        QMessageBox::Open,
        QMessageBox::Cancel};
    confirmThen(this, question, [this, path] { loadModel(path, true); });
}

void MainWindow::loadModel(const QString& path, bool showStored)
{
    statusBar()->showMessage(tr("Opening model %1…").arg(path));
    // Loading the backbone takes a moment: off the GUI thread, like every engine call.
    runAsync(
        this, [path] { return Classifier::open(toStdString(path)); },
        [this, path, showStored](const Classifier& classifier) {
            setModel(classifier, path);
            if (showStored)
                showStoredResults(classifier.info(), QFileInfo(path).fileName());
            statusBar()->showMessage(tr("Opened model %1").arg(path), kStatusTimeoutMs);
            emit modelOpened(path);
        },
        [this](const QString& message) {
            statusBar()->clearMessage();
            showError(tr("Open Model"), tr("The model cannot be opened: %1").arg(message));
        });
}

void MainWindow::showStoredResults(const ModelInfo& info, const QString& name)
{
    m_evaluationView->showTrainingEvaluations(tr("%1 (at training)").arg(name), info.result.validation,
                                              info.result.test);
    m_trainingPanel->showHistory(info.result.history);
}

void MainWindow::setModel(const Classifier& classifier, const QString& path)
{
    m_classifier = classifier;
    m_modelPath = path;
    const QString name = QFileInfo(path).fileName();
    m_evaluationView->setClassifier(m_classifier, name);
    m_classifyView->setClassifier(m_classifier, name);
    m_weightsGuide->setModelUsesDemoWeights(classifier.info().demoWeights);
    m_modelStatus->setText(tr("Model: %1").arg(name));
    updateActions();
}

void MainWindow::showTrainingOutcome(const TrainingOutcome& outcome)
{
    const QString path = toQString(outcome.modelPath);
    m_evaluationView->showTrainingEvaluations(QFileInfo(path).fileName(), outcome.result.validation,
                                              outcome.result.test);
    setModel(outcome.classifier, path); // the trained model as it is in memory: nothing is read again
    emit modelOpened(path);
}

void MainWindow::showRun(const RunRecord& run)
{
    m_evaluationView->showTrainingEvaluations(tr("Run of %1").arg(run.finishedAt.toString("HH:mm:ss")),
                                              run.result.validation, run.result.test);
    // The model file may have been replaced by a later run with the same output path.
    if (run.modelFileUnchanged())
        loadModel(run.modelPath, false);
    else
        statusBar()->showMessage(tr("The model of this run was overwritten or removed: its options, curves "
                                    "and metrics are shown, but not its model."));
}

void MainWindow::saveModelAs()
{
    if (m_modelPath.isEmpty())
        return;
    const QString target = askModelCopyPath(this, m_modelPath);
    if (target.isEmpty() || QFileInfo(target) == QFileInfo(m_modelPath))
        return;
    QString error;
    if (!copyAtomically(m_modelPath, target, &error))
        return showError(tr("Save Model As"), tr("The model could not be saved to %1: %2").arg(target, error));
    statusBar()->showMessage(tr("Model saved to %1").arg(target), kStatusTimeoutMs);
}

void MainWindow::saveModelThreshold(double threshold)
{
    if (m_modelPath.isEmpty())
        return;
    runAsync(
        this, [path = m_modelPath, threshold] { return setModelThreshold(toStdString(path), threshold); },
        [this, threshold](const std::string& fingerprint) {
            statusBar()->showMessage(tr("The model now decides at threshold %1").arg(localNumber(threshold, 3)),
                                     kStatusTimeoutMs);
            if (m_classifier)
                setModel(m_classifier->withThreshold(threshold, fingerprint), m_modelPath);
        },
        [this](const QString& message) {
            showError(tr("Decision Threshold"), tr("The threshold could not be saved: %1").arg(message));
        });
}

void MainWindow::chooseExport()
{
    if (!m_classifier)
        return;
    if (const std::optional<ExportTarget> target = askExportTarget(this, m_modelPath))
        exportModel(target->path, target->format);
}

void MainWindow::exportModel(const QString& path, ExportFormat format)
{
    if (!m_classifier)
        return;
    statusBar()->showMessage(tr("Exporting to %1…").arg(path));
    m_exportAction->setEnabled(false);
    runAsync(
        this,
        [classifier = *m_classifier, path, format] { return tl::exportModel(classifier, format, toStdString(path)); },
        [this](const std::vector<std::string>& written) {
            QStringList files;
            for (const std::string& file : written)
                files << toQString(file);
            updateActions();
            statusBar()->showMessage(tr("Exported %1").arg(files.join(", ")), kStatusTimeoutMs);
            emit modelExported(files);
        },
        [this](const QString& message) {
            updateActions();
            statusBar()->clearMessage();
            showError(tr("Export Model"), tr("The model could not be exported: %1").arg(message));
        });
}

void MainWindow::classifyImage(const QString& path)
{
    showView(View::Classify);
    m_classifyView->classifyPath(path);
}

void MainWindow::updateActions()
{
    m_saveModelAction->setEnabled(!m_modelPath.isEmpty());
    m_exportAction->setEnabled(m_classifier.has_value() && !m_classifier->isTorchScriptExport());
    // The running training holds its own copy of the dataset, but switching datasets under
    // it would leave the Data view describing another dataset than the one being learnt.
    m_openDatasetAction->setEnabled(!m_session->isTraining());
    m_recentMenu->setEnabled(!m_session->isTraining() && !m_recentMenu->isEmpty());
}

void MainWindow::showError(const QString& title, const QString& message)
{
    // Window-modal and non-blocking: the event loop (and a running training) keeps going.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName("errorMessageBox");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About TransferLab"),
        tr("<h3>TransferLab %1</h3><p>Trains image classifiers by transfer learning: a frozen ImageNet "
           "backbone (VGG16 or MobileNetV2) and a small trained head.</p><p>Built with Qt %2 and libtorch.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!localDirectory(mime).isEmpty() || (!localImageFile(mime).isEmpty() && hasModel()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (const QString directory = localDirectory(mime); !directory.isEmpty() && !m_session->isTraining()) {
        openDataset(directory);
    } else if (const QString image = localImageFile(mime); !image.isEmpty()) {
        classifyImage(image);
    } else {
        return;
    }
    event->acceptProposedAction();
}

} // namespace tl::ui
