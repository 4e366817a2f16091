#include "TrainingPanel.h"

#include "CachedFeaturesLabel.h"
#include "Confirmation.h"
#include "CrossValidationDialog.h"
#include "FeatureCache.h"
#include "LivePlots.h"
#include "ModelPaths.h"
#include "Paths.h"
#include "RunHistory.h"
#include "JobProgress.h"
#include "JobRunner.h"
#include "TrainingForm.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tl::ui {

TrainingPanel::TrainingPanel(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_runner(new JobRunner(this))
{
    setObjectName("trainingPanel");
    m_form = new TrainingForm(this);
    connect(m_form, &TrainingForm::splitSettingsChanged, this, &TrainingPanel::splitSettingsChanged);
    connect(m_form, &TrainingForm::optionChanged, this, [this](const QString& key) {
        if (key == "weights" || key == "backbone")
            emit weightsPathChanged(m_form->weightsPath(), m_form->config().backbone);
        const std::vector<std::string>& keys = featureCacheOptionKeys();
        if (std::find(keys.begin(), keys.end(), toStdString(key)) != keys.end())
            refreshCachedFeatures();
    });
    m_plots = new LivePlots(this);
    m_plots->setObjectName("livePlots");
    m_history = new RunHistory(m_session->runs(), this);
    m_history->setObjectName("runHistory");
    connect(m_history, &RunHistory::reopened, this, &TrainingPanel::showRun);
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_form, 3);
    topLayout->addWidget(buildControls(), 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_plots);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    (new QVBoxLayout(this))->addWidget(splitter);

    connectRunner();
    connect(m_session, &Session::runStateChanged, this, &TrainingPanel::showState);
    showState(m_session->runState());
}

// The runner, a child, cancels a running training and waits for it: within one batch.
TrainingPanel::~TrainingPanel() = default;

QWidget* TrainingPanel::buildControls()
{
    auto* controls = new QWidget(this);
    auto makeButton = [controls](const QString& name, const QString& text, const QString& toolTip) {
        auto* button = new QPushButton(text, controls);
        button->setObjectName(name);
        button->setToolTip(toolTip);
        return button;
    };
    m_trainButton = makeButton("trainButton", tr("&Train"), tr("Train a model on the open dataset"));
    m_trainButton->setDefault(true);
    m_pauseButton = makeButton("pauseButton", tr("&Pause"), tr("Pause the run after the current batch"));
    m_resumeButton = makeButton("resumeButton", tr("&Resume"), tr("Continue the paused run"));
    m_crossValidateButton =
        makeButton("crossValidateButton", tr("Cross-&Validate…"),
                   tr("k-fold cross-validation of these settings: how much the metrics vary with the held-out images"));
    connect(m_crossValidateButton, &QPushButton::clicked, this, &TrainingPanel::openCrossValidation);
    connect(m_trainButton, &QPushButton::clicked, this, &TrainingPanel::startTraining);
    connect(m_pauseButton, &QPushButton::clicked, this, &TrainingPanel::pauseTraining);
    connect(m_resumeButton, &QPushButton::clicked, this, &TrainingPanel::resumeTraining);

    m_progress = new JobProgress(m_runner, "training", controls);
    m_progress->cancelButton()->setToolTip(tr("Stop the run after the current batch; no model is written"));
    m_progress->setIdleText(tr("Not started"));
    connect(m_progress->cancelButton(), &QPushButton::clicked, this, &TrainingPanel::cancelTraining);
    m_cachedFeatures = new CachedFeaturesLabel(controls);
    m_statusLabel = new QLabel(controls);
    m_statusLabel->setObjectName("trainingStatusLabel");
    m_statusLabel->setWordWrap(true);
    m_errorLabel = new QLabel(controls);
    m_errorLabel->setObjectName("trainingErrorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet("QLabel { color: #c0392b; }");
    m_errorLabel->hide();
    m_warningLabel = new QLabel(controls);
    m_warningLabel->setObjectName("trainingWarningLabel");
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningLabel->setStyleSheet("QLabel { color: #b9770e; font-weight: bold; }");
    m_warningLabel->hide();

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_trainButton, m_pauseButton, m_resumeButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_crossValidateButton);
    auto* layout = new QVBoxLayout(controls);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_cachedFeatures);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_history, 1);
    return controls;
}

void TrainingPanel::connectRunner()
{
    connect(m_runner, &JobRunner::batchFinished, this, [this](const BatchReport& report) {
        m_runBatches.push_back(report);
        m_plots->addBatch(report);
    });
    connect(m_runner, &JobRunner::epochFinished, this, &TrainingPanel::showEpoch);
    connect(m_runner, &JobRunner::paused, this, [this] { m_statusLabel->setText(tr("Paused.")); });
    connect(m_runner, &JobRunner::cancelled, this, [this] {
        setState(State::Idle);
        m_statusLabel->setText(tr("Training was cancelled; no model was written."));
        emit statusMessage(tr("Training cancelled"));
    });
    connect(m_runner, &JobRunner::failed, this, &TrainingPanel::fail);
}

void TrainingPanel::setDataset(const Dataset& dataset)
{
    m_dataset = dataset;
    showState(m_session->runState());
}

TrainConfig TrainingPanel::config() const
{
    return m_form->config();
}

QString TrainingPanel::weightsPath() const
{
    return m_form->weightsPath();
}

void TrainingPanel::setWeightsPath(const QString& path)
{
    m_form->setWeightsPath(path);
}

void TrainingPanel::showHistory(const std::vector<EpochReport>& history)
{
    m_plots->showHistory(history);
}

void TrainingPanel::saveSettings()
{
    m_form->saveSettings();
}

CrossValidationDialog* TrainingPanel::openCrossValidation()
{
    if (!m_dataset)
        return nullptr;
    auto* dialog = new CrossValidationDialog(*m_dataset, m_form->config(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TrainingPanel::startTraining()
{
    if (!m_dataset || isRunning())
        return;
    if (!QFileInfo(m_form->weightsPath()).isFile())
        return emit weightsNeeded();
    const QString chosen = m_form->modelPath();
    // The run that may be continued: the chosen file's, or the last automatic run that did not finish.
    const QString interrupted = chosen.isEmpty() ? interruptedRunPath() : chosen;
    const bool hasCheckpoint = !interrupted.isEmpty() && QFileInfo::exists(checkpointPath(interrupted));
    if (m_form->resumeRequested())
        return startRun(interrupted.isEmpty() ? newRunPath() : interrupted, true);
    if (hasCheckpoint)
        return offerToResume(interrupted);
    if (chosen.isEmpty())
        return startRun(newRunPath(), false);
    if (QFileInfo::exists(chosen))
        return askBeforeReplacing(chosen);
    startRun(chosen, false);
}

QString TrainingPanel::newRunPath() const
{
    return newModelPath(QFileInfo(toQString(m_dataset->root)).fileName());
}

// An interrupted run (a crash, a kill, a closed laptop) left its last epoch: offer to go on from it.
void TrainingPanel::offerToResume(const QString& path)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Resume Training"),
                                tr("An interrupted run left a checkpoint for %1. Resume it from its last finished "
                                   "epoch, or start over?")
                                    .arg(QFileInfo(path).fileName()),
                                QMessageBox::Cancel, this);
    box->setObjectName("resumeCheckpointMessageBox");
    QPushButton* resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    box->addButton(tr("&Start Over"), QMessageBox::DestructiveRole);
    box->setDefaultButton(resume);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, resume, path](QAbstractButton* clicked) {
        if (clicked == box->button(QMessageBox::Cancel))
            return;
        if (clicked == resume)
            return startRun(path, true);
        if (!m_form->modelPath().isEmpty())
            return startRun(path, false); // the chosen file: the new run replaces the checkpoint
        QFile::remove(checkpointPath(path));
        startRun(newRunPath(), false);
    });
    box->open();
}

void TrainingPanel::askBeforeReplacing(const QString& path)
{
    Confirmation question;
    question.objectName = "replaceModelMessageBox";
    question.title = tr("Replace Model");
    question.text = tr("%1 already exists. Replace it with the model of this run?\n\nLeave Output model empty "
                       "to write a new file for every run.")
                        .arg(QFileInfo(path).fileName());
    question.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    question.accept = QMessageBox::Yes;
    question.defaultButton = QMessageBox::Cancel;
    confirmThen(this, question, [this, path] { startRun(path, false); });
}

void TrainingPanel::startRun(const QString& path, bool resume)
{
    if (!m_dataset || isRunning())
        return;
    const TrainConfig trainConfig = m_form->config();
    QDir().mkpath(QFileInfo(path).absolutePath());
    setInterruptedRunPath(path); // until it finishes
    m_runConfig = trainConfig;
    m_runBatches.clear();
    m_errorLabel->hide();
    m_warningLabel->hide();
    m_plots->clear();
    m_statusLabel->setText(tr("Starting…"));
    setState(State::Running);
    m_runner->start<TrainingOutcome>(
        [dataset = *m_dataset, trainConfig, path = toStdString(path), resume](const Job& job) {
            return trainModel(dataset, trainConfig, path, resume, job);
        },
        [this](const TrainingOutcome& outcome) { finish(outcome); });
    emit runStarted(path, resume);
}

void TrainingPanel::pauseTraining()
{
    if (m_session->runState() != State::Running)
        return;
    m_runner->pause();
    m_statusLabel->setText(tr("Pausing after the current batch…"));
    setState(State::Paused);
}

void TrainingPanel::resumeTraining()
{
    if (m_session->runState() != State::Paused)
        return;
    m_runner->resume();
    m_statusLabel->setText(tr("Resumed."));
    setState(State::Running);
}

void TrainingPanel::cancelTraining()
{
    if (m_session->runState() != State::Running && m_session->runState() != State::Paused)
        return;
    m_runner->cancel();
    m_statusLabel->setText(tr("Cancelling…"));
    setState(State::Cancelling);
}

void TrainingPanel::showState(State state)
{
    m_trainButton->setEnabled(state == State::Idle && m_dataset.has_value());
    m_crossValidateButton->setEnabled(state == State::Idle && m_dataset.has_value());
    m_pauseButton->setEnabled(state == State::Running);
    m_resumeButton->setEnabled(state == State::Paused);
    m_form->setEnabled(state == State::Idle);
    refreshCachedFeatures();
}

void TrainingPanel::refreshCachedFeatures()
{
    // Counted before a run only: a run in progress shows its own progress.
    m_cachedFeatures->refresh(isRunning() ? std::nullopt : m_dataset, m_form->config());
}

void TrainingPanel::showEpoch(const EpochReport& report)
{
    m_plots->addEpoch(report);
    QString text = tr("Epoch %1 of %2: training loss %3, accuracy %4")
                       .arg(report.epoch + 1)
                       .arg(m_runConfig.epochs)
                       .arg(localNumber(report.trainLoss, 3))
                       .arg(localNumber(report.trainAccuracy, 3));
    if (!std::isnan(report.validationLoss))
        text += tr("; validation loss %1, accuracy %2")
                    .arg(localNumber(report.validationLoss, 3))
                    .arg(localNumber(report.validationAccuracy, 3));
    m_statusLabel->setText(text);
}

void TrainingPanel::finish(const TrainingOutcome& outcome)
{
    setState(State::Idle);
    setInterruptedRunPath({});
    QString text = tr("Model written to %1 (best epoch %2; features: %3 computed, %4 from the cache).")
                       .arg(toQString(outcome.modelPath))
                       .arg(outcome.result.bestEpoch + 1)
                       .arg(outcome.featuresComputed)
                       .arg(outcome.featuresFromCache);
    if (outcome.result.stoppedEarly)
        text += ' ' + tr("Stopped early: the validation loss no longer improved.");
    if (outcome.cacheWarning)
        text += ' ' + tr("Cache warning: %1").arg(i18n::messageText(*outcome.cacheWarning));
    m_statusLabel->setText(text);
    showWarnings(runWarnings(outcome.result));
    emit statusMessage(tr("Training finished"));
    recordRun(outcome);
    emit trainingFinished(outcome);
}

void TrainingPanel::showWarnings(const std::vector<RunWarning>& warnings)
{
    QStringList texts;
    for (RunWarning warning : warnings)
        texts << tr("Warning: %1").arg(i18n::messageText(warningMessage(warning)));
    m_warningLabel->setText(texts.join("\n"));
    m_warningLabel->setVisible(!texts.isEmpty());
}

void TrainingPanel::recordRun(const TrainingOutcome& outcome)
{
    RunRecord run;
    run.finishedAt = QDateTime::currentDateTime();
    run.config = m_runConfig;
    run.modelPath = toQString(outcome.modelPath);
    run.modelWrittenAt = QFileInfo(run.modelPath).lastModified();
    run.batches = m_runBatches;
    run.result = outcome.result;
    m_session->runs()->add(std::move(run));
}

void TrainingPanel::showRun(const RunRecord& run)
{
    if (isRunning())
        return;                    // the live curves of the current run stay on screen
    m_form->setConfig(run.config); // not its model path: the next run must not replace that run's model
    m_plots->showRun(run.batches, run.result.history);
    emit runReopened(run);
}

void TrainingPanel::fail(const QString& message)
{
    setState(State::Idle);
    m_statusLabel->clear();
    m_errorLabel->setText(tr("Training failed: %1").arg(message));
    m_errorLabel->show();
    emit trainingFailed(message);
}

} // namespace tl::ui
