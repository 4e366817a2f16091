#include "TrainingPanel.h"

#include "CrossValidationDialog.h"
#include "LivePlots.h"
#include "Paths.h"
#include "RunHistory.h"
#include "RunHistoryStore.h"
#include "TrainingWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tl::ui {
namespace {

constexpr int kProgressSteps = 1000;
const char* const kConfigKey = "training/config";
const char* const kModelPathKey = "training/modelPath";

QString defaultModelPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/models/model.h5";
}

void selectData(QComboBox* box, const char* data)
{
    box->setCurrentIndex(std::max(0, box->findData(QString::fromLatin1(data))));
}

std::string selectedData(const QComboBox* box)
{
    return toStdString(box->currentData().toString());
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent), m_worker(new TrainingWorker)
{
    m_plots = new LivePlots(this);
    m_plots->setObjectName("livePlots");
    m_history = new RunHistory(defaultRunHistoryPath(), this);
    m_history->setObjectName("runHistory");
    connect(m_history, &RunHistory::reopened, this, &TrainingPanel::showRun);
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(buildForm(), 3);
    topLayout->addWidget(buildControls(), 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_plots);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    (new QVBoxLayout(this))->addWidget(splitter);

    connectWorker();
    m_thread.setObjectName("trainingThread");
    m_thread.start();
    loadSettings();
    setState(State::Idle);
}

TrainingPanel::~TrainingPanel()
{
    m_worker->cancel(); // a running trainModel() returns within one batch
    m_thread.quit();
    m_thread.wait();
}

QSpinBox* TrainingPanel::addSpinBox(QFormLayout* form, const QString& name, const QString& label, int minimum,
                                    int maximum, const QString& toolTip)
{
    auto* box = new QSpinBox(m_form);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setToolTip(toolTip);
    form->addRow(label, box);
    return box;
}

QDoubleSpinBox* TrainingPanel::addDoubleSpinBox(QFormLayout* form, const QString& name, const QString& label,
                                                double minimum, double maximum, int decimals, const QString& toolTip)
{
    auto* box = new QDoubleSpinBox(m_form);
    box->setObjectName(name);
    box->setDecimals(decimals);
    box->setRange(minimum, maximum);
    box->setSingleStep(std::pow(10.0, -std::min(decimals, 2)));
    box->setToolTip(toolTip);
    form->addRow(label, box);
    return box;
}

QComboBox* TrainingPanel::addComboBox(QFormLayout* form, const QString& name, const QString& label,
                                      const QList<QPair<QString, QString>>& choices, const QString& toolTip)
{
    auto* box = new QComboBox(m_form);
    box->setObjectName(name);
    for (const auto& [text, data] : choices)
        box->addItem(text, data);
    box->setToolTip(toolTip);
    form->addRow(label, box);
    return box;
}

QLineEdit* TrainingPanel::addPathEdit(QFormLayout* form, const QString& name, const QString& label,
                                      const QString& toolTip, bool directory, bool save)
{
    auto* edit = new QLineEdit(m_form);
    edit->setObjectName(name + "LineEdit");
    edit->setToolTip(toolTip);
    auto* browse = new QToolButton(m_form);
    browse->setObjectName(name + "BrowseButton");
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, label, directory, save] {
        const QString current = edit->text();
        const QString chosen = directory ? QFileDialog::getExistingDirectory(this, label, current)
                               : save    ? QFileDialog::getSaveFileName(this, label, current, tr("Models (*.h5)"))
                                         : QFileDialog::getOpenFileName(this, label, current, tr("HDF5 files (*.h5)"));
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

QWidget* TrainingPanel::buildForm()
{
    m_form = new QWidget;
    m_form->setObjectName("trainingFormWidget");
    auto* form = new QFormLayout(m_form);
    m_weightsPath = addPathEdit(form, "weightsPath", tr("Backbone weights:"),
                                tr("The Keras VGG16 ImageNet weights file (“notop”, HDF5)"), false, false);
    m_imageSize = addSpinBox(form, "imageSizeSpinBox", tr("Image size:"), 32, 1024,
                             tr("Images are resized to this many pixels square before VGG16 (a multiple of 32)"));
    m_imageSize->setSingleStep(32);
    m_imageSize->setSuffix(tr(" px"));
    m_head = addComboBox(form, "headComboBox", tr("Head:"),
                         {{tr("Flatten"), "flatten"}, {tr("Global average pooling"), "gap"}},
                         tr("How the backbone's feature maps enter the classifier: all of them (Flatten) or "
                            "averaged per channel (fewer parameters)"));
    m_hiddenUnits = addSpinBox(form, "hiddenUnitsSpinBox", tr("Hidden units:"), 0, 65536,
                               tr("Size of a hidden dense layer; 0 for none"));
    m_hiddenUnits->setSpecialValueText(tr("None"));
    m_dropout = addDoubleSpinBox(form, "dropoutSpinBox", tr("Dropout:"), 0, 0.95, 2,
                                 tr("Fraction of hidden units dropped while training (with a hidden layer only)"));
    m_optimizer = addComboBox(form, "optimizerComboBox", tr("Optimizer:"), {{tr("Adam"), "adam"}, {tr("SGD"), "sgd"}},
                              tr("The optimisation algorithm of the head"));
    m_learningRate = addDoubleSpinBox(form, "learningRateSpinBox", tr("Learning rate:"), 0.000001, 10, 6,
                                      tr("Step size of the optimizer"));
    m_learningRate->setSingleStep(0.0001);
    m_momentum = addDoubleSpinBox(form, "momentumSpinBox", tr("Momentum:"), 0, 0.99, 2, tr("SGD momentum"));
    m_batchSize = addSpinBox(form, "batchSizeSpinBox", tr("Batch size:"), 1, 4096, tr("Images per training step"));
    m_epochsSpin = addSpinBox(form, "epochsSpinBox", tr("Epochs:"), 1, 10000, tr("Passes over the training images"));
    m_seed = addSpinBox(form, "seedSpinBox", tr("Seed:"), 0, std::numeric_limits<int>::max(),
                        tr("Seeds the validation split, the initial weights and the batch order: "
                           "the same seed gives the same run"));
    m_validationSplit = addDoubleSpinBox(form, "validationSplitSpinBox", tr("Validation split:"), 0, 0.9, 2,
                                         tr("Fraction of each class's training images held out to validate"));
    m_classWeights = addComboBox(form, "classWeightsComboBox", tr("Class weights:"),
                                 {{tr("None"), "none"}, {tr("Automatic (inverse frequency)"), "auto"}},
                                 tr("Weigh rare classes up so that an imbalanced dataset is learnt fairly"));
    m_targetSensitivity =
        addDoubleSpinBox(form, "targetSensitivitySpinBox", tr("Target sensitivity:"), 0, 1, 2,
                         tr("Two classes: the decision threshold becomes the highest one that finds at least this "
                            "fraction of the positive class on the validation split; Off: threshold 0.5"));
    m_targetSensitivity->setSpecialValueText(tr("Off"));
    m_calibrate = new QCheckBox(tr("Calibrate probabilities"), m_form);
    m_calibrate->setObjectName("calibrateCheckBox");
    m_calibrate->setToolTip(tr("Fit a temperature on the validation split so that a probability of 0.8 is right "
                               "about 8 times in 10 (temperature scaling); the predicted classes do not change"));
    form->addRow(QString(), m_calibrate);
    m_fineTuneEpochs = addSpinBox(form, "fineTuneEpochsSpinBox", tr("Fine-tune block 5:"), 0, 1000,
                                  tr("After the head, train VGG16's last block with it for this many epochs, at a low "
                                     "learning rate, from cached block-4 features; Off: the frozen recipe only"));
    m_fineTuneEpochs->setSpecialValueText(tr("Off"));
    m_fineTuneEpochs->setSuffix(tr(" epochs"));
    m_fineTuneLearningRate = addDoubleSpinBox(form, "fineTuneLearningRateSpinBox", tr("Fine-tuning learning rate:"),
                                              0.0000001, 1, 7, tr("Step size of the fine-tuning phase"));
    m_fineTuneLearningRate->setSingleStep(0.000001);
    m_augmentation = addComboBox(form, "augmentationComboBox", tr("Augmentation:"),
                                 {{tr("None"), "none"}, {tr("Dihedral (flips and rotations)"), "dihedral"}},
                                 tr("Also learn from the 8 flipped and rotated views of each training image"));
    m_precision = addComboBox(form, "precisionComboBox", tr("Precision:"),
                              {{tr("Automatic"), "auto"}, {tr("FP32"), "fp32"}, {tr("BF16"), "bf16"}},
                              tr("Number format of the backbone; BF16 is faster where the hardware supports it"));
    m_device = addComboBox(form, "deviceComboBox", tr("Device:"),
                           {{tr("Automatic"), "auto"}, {tr("CPU"), "cpu"}, {tr("CUDA GPU"), "cuda"}},
                           tr("Where the network runs"));
    m_patience = addSpinBox(form, "patienceSpinBox", tr("Early stopping patience:"), 0, 10000,
                            tr("Stop after this many epochs without a better validation loss; 0: never"));
    m_patience->setSpecialValueText(tr("Off"));
    m_reduceLrPatience =
        addSpinBox(form, "reduceLrPatienceSpinBox", tr("Learning-rate patience:"), 0, 10000,
                   tr("Reduce the learning rate after this many epochs without improvement; 0: never"));
    m_reduceLrPatience->setSpecialValueText(tr("Off"));
    m_reduceLrFactor = addDoubleSpinBox(form, "reduceLrFactorSpinBox", tr("Learning-rate factor:"), 0.01, 0.99, 2,
                                        tr("The learning rate is multiplied by this factor when reduced"));
    m_cacheDir = addPathEdit(form, "cacheDir", tr("Feature cache:"),
                             tr("Folder where the backbone's features are cached between runs"), true, false);
    m_cacheDir->setPlaceholderText(toQString(defaultCacheDir()));
    m_modelPath =
        addPathEdit(form, "modelPath", tr("Output model:"), tr("Where the trained model is written"), false, true);
    m_resume = new QCheckBox(tr("Resume from the checkpoint of an interrupted run"), m_form);
    m_resume->setObjectName("resumeCheckBox");
    m_resume->setToolTip(tr("Continue the run that was writing this output model when it was interrupted"));
    form->addRow(QString(), m_resume);

    connect(m_validationSplit, &QDoubleSpinBox::valueChanged, this,
            [this] { emit splitSettingsChanged(m_validationSplit->value(), static_cast<quint64>(m_seed->value())); });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this] { emit splitSettingsChanged(m_validationSplit->value(), static_cast<quint64>(m_seed->value())); });

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("trainingFormScrollArea");
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

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
    m_cancelButton = makeButton("cancelButton", tr("&Cancel"), tr("Stop the run; no model is written"));
    m_crossValidateButton =
        makeButton("crossValidateButton", tr("Cross-&Validate…"),
                   tr("k-fold cross-validation of these settings: how much the metrics vary with the held-out images"));
    connect(m_crossValidateButton, &QPushButton::clicked, this, &TrainingPanel::openCrossValidation);
    connect(m_trainButton, &QPushButton::clicked, this, &TrainingPanel::startTraining);
    connect(m_pauseButton, &QPushButton::clicked, this, &TrainingPanel::pauseTraining);
    connect(m_resumeButton, &QPushButton::clicked, this, &TrainingPanel::resumeTraining);
    connect(m_cancelButton, &QPushButton::clicked, this, &TrainingPanel::cancelTraining);

    m_progress = new QProgressBar(controls);
    m_progress->setObjectName("trainingProgressBar");
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Not started"));
    m_statusLabel = new QLabel(controls);
    m_statusLabel->setObjectName("trainingStatusLabel");
    m_statusLabel->setWordWrap(true);
    m_errorLabel = new QLabel(controls);
    m_errorLabel->setObjectName("trainingErrorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet("QLabel { color: #c0392b; }");
    m_errorLabel->hide();

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_trainButton, m_pauseButton, m_resumeButton, m_cancelButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_crossValidateButton);
    auto* layout = new QVBoxLayout(controls);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_history, 1);
    return controls;
}

void TrainingPanel::connectWorker()
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &TrainingPanel::runRequested, m_worker, &TrainingWorker::run);
    connect(m_worker, &TrainingWorker::progressed, this, &TrainingPanel::showProgress);
    connect(m_worker, &TrainingWorker::batchFinished, this, [this](const BatchReport& report) {
        m_runBatches.push_back(report);
        m_plots->addBatch(report);
    });
    connect(m_worker, &TrainingWorker::epochFinished, this, &TrainingPanel::showEpoch);
    connect(m_worker, &TrainingWorker::paused, this, [this] { m_statusLabel->setText(tr("Paused.")); });
    connect(m_worker, &TrainingWorker::finished, this, &TrainingPanel::finish);
    connect(m_worker, &TrainingWorker::failed, this, &TrainingPanel::fail);
}

void TrainingPanel::setDataset(const Dataset& dataset)
{
    m_dataset = dataset;
    setState(m_state);
}

TrainConfig TrainingPanel::config() const
{
    TrainConfig config;
    config.weightsPath = toStdString(m_weightsPath->text());
    config.cacheDir = toStdString(m_cacheDir->text());
    config.imageSize = m_imageSize->value();
    config.head = headTypeFromString(selectedData(m_head));
    config.hiddenUnits = m_hiddenUnits->value();
    config.dropout = m_dropout->value();
    config.optimizer = optimizerFromString(selectedData(m_optimizer));
    config.learningRate = m_learningRate->value();
    config.momentum = m_momentum->value();
    config.batchSize = m_batchSize->value();
    config.epochs = m_epochsSpin->value();
    config.seed = static_cast<std::uint64_t>(m_seed->value());
    config.validationFraction = m_validationSplit->value();
    config.autoClassWeights = selectedData(m_classWeights) == "auto";
    config.augmentation = augmentationFromString(selectedData(m_augmentation));
    config.precision = precisionFromString(selectedData(m_precision));
    config.device = deviceFromString(selectedData(m_device));
    config.targetSensitivity = m_targetSensitivity->value();
    config.temperatureScaling = m_calibrate->isChecked();
    config.fineTuneEpochs = m_fineTuneEpochs->value();
    config.fineTuneLearningRate = m_fineTuneLearningRate->value();
    config.earlyStoppingPatience = m_patience->value();
    config.reduceLrPatience = m_reduceLrPatience->value();
    config.reduceLrFactor = m_reduceLrFactor->value();
    return config;
}

void TrainingPanel::setConfig(const TrainConfig& config)
{
    m_weightsPath->setText(toQString(config.weightsPath.empty() ? defaultWeightsPath() : config.weightsPath));
    m_cacheDir->setText(toQString(config.cacheDir));
    m_imageSize->setValue(config.imageSize);
    selectData(m_head, toString(config.head));
    m_hiddenUnits->setValue(config.hiddenUnits);
    m_dropout->setValue(config.dropout);
    selectData(m_optimizer, toString(config.optimizer));
    m_learningRate->setValue(config.learningRate);
    m_momentum->setValue(config.momentum);
    m_batchSize->setValue(config.batchSize);
    m_epochsSpin->setValue(config.epochs);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(config.seed, std::numeric_limits<int>::max())));
    m_validationSplit->setValue(config.validationFraction);
    selectData(m_classWeights, config.autoClassWeights ? "auto" : "none");
    selectData(m_augmentation, toString(config.augmentation));
    selectData(m_precision, toString(config.precision));
    selectData(m_device, toString(config.device));
    m_targetSensitivity->setValue(config.targetSensitivity);
    m_calibrate->setChecked(config.temperatureScaling);
    m_fineTuneEpochs->setValue(config.fineTuneEpochs);
    m_fineTuneLearningRate->setValue(config.fineTuneLearningRate);
    m_patience->setValue(config.earlyStoppingPatience);
    m_reduceLrPatience->setValue(config.reduceLrPatience);
    m_reduceLrFactor->setValue(config.reduceLrFactor);
}

QString TrainingPanel::modelPath() const
{
    return m_modelPath->text();
}

void TrainingPanel::loadSettings()
{
    const QSettings settings;
    TrainConfig config;
    try {
        config = trainConfigFromJson(toStdString(settings.value(kConfigKey).toString()));
    } catch (const std::exception&) {
        config = TrainConfig{}; // no or unreadable stored options: start from the defaults
    }
    setConfig(config);
    m_modelPath->setText(settings.value(kModelPathKey, defaultModelPath()).toString());
}

void TrainingPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(kConfigKey, toQString(toJson(config())));
    settings.setValue(kModelPathKey, m_modelPath->text());
}

CrossValidationDialog* TrainingPanel::openCrossValidation()
{
    if (!m_dataset)
        return nullptr;
    auto* dialog = new CrossValidationDialog(*m_dataset, config(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TrainingPanel::startTraining()
{
    if (!m_dataset || isRunning())
        return;
    const QString path = m_modelPath->text().trimmed();
    if (m_resume->isChecked() || !QFileInfo::exists(toQString(checkpointPathFor(toStdString(path)))))
        return startRun(m_resume->isChecked());
    // An interrupted run (a crash, a kill, a closed laptop) left its last epoch: offer to go on from it.
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
    connect(box, &QMessageBox::buttonClicked, this, [this, box, resume](QAbstractButton* clicked) {
        if (clicked != box->button(QMessageBox::Cancel))
            startRun(clicked == resume);
    });
    box->open();
}

void TrainingPanel::startRun(bool resume)
{
    if (!m_dataset || isRunning())
        return;
    const TrainConfig trainConfig = config();
    const QString path = m_modelPath->text().trimmed();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_runConfig = trainConfig;
    m_runBatches.clear();
    m_errorLabel->hide();
    m_plots->clear();
    m_progress->setValue(0);
    m_statusLabel->setText(tr("Starting…"));
    m_worker->reset();
    setState(State::Running);
    emit runRequested(*m_dataset, trainConfig, path, resume);
}

void TrainingPanel::pauseTraining()
{
    if (m_state != State::Running)
        return;
    m_worker->pause();
    m_statusLabel->setText(tr("Pausing after the current batch…"));
    setState(State::Paused);
}

void TrainingPanel::resumeTraining()
{
    if (m_state != State::Paused)
        return;
    m_worker->resume();
    m_statusLabel->setText(tr("Resumed."));
    setState(State::Running);
}

void TrainingPanel::cancelTraining()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_worker->cancel();
    m_statusLabel->setText(tr("Cancelling…"));
    setState(State::Cancelling);
}

void TrainingPanel::setState(State state)
{
    const bool wasRunning = isRunning();
    m_state = state;
    m_trainButton->setEnabled(state == State::Idle && m_dataset.has_value());
    m_crossValidateButton->setEnabled(state == State::Idle && m_dataset.has_value());
    m_pauseButton->setEnabled(state == State::Running);
    m_resumeButton->setEnabled(state == State::Paused);
    m_cancelButton->setEnabled(state == State::Running || state == State::Paused);
    m_form->setEnabled(state == State::Idle);
    if (wasRunning != isRunning())
        emit runningChanged(isRunning());
}

void TrainingPanel::showProgress(const ProgressReport& report)
{
    if (report.total > 0)
        m_progress->setValue(static_cast<int>(kProgressSteps * report.done / report.total));
    QString text = phaseDisplayName(report.phase);
    if (report.phase != Phase::Evaluating && report.total > 0)
        text += tr(" — %1 of %2").arg(report.done).arg(report.total);
    const QString left = durationText(report.secondsLeft);
    if (!left.isEmpty())
        text += tr(" — about %1 left").arg(left);
    m_progress->setFormat(text);
}

void TrainingPanel::showEpoch(const EpochReport& report)
{
    m_plots->addEpoch(report);
    QString text = tr("Epoch %1 of %2: training loss %3, accuracy %4")
                       .arg(report.epoch + 1)
                       .arg(m_runConfig.epochs)
                       .arg(report.trainLoss, 0, 'f', 3)
                       .arg(report.trainAccuracy, 0, 'f', 3);
    if (!std::isnan(report.validationLoss))
        text += tr("; validation loss %1, accuracy %2")
                    .arg(report.validationLoss, 0, 'f', 3)
                    .arg(report.validationAccuracy, 0, 'f', 3);
    m_statusLabel->setText(text);
}

void TrainingPanel::finish(const TrainingOutcome& outcome)
{
    setState(State::Idle);
    if (outcome.cancelled) {
        m_progress->setFormat(tr("Cancelled"));
        m_statusLabel->setText(tr("Training was cancelled; no model was written."));
        emit statusMessage(tr("Training cancelled"));
        return;
    }
    m_progress->setValue(kProgressSteps);
    m_progress->setFormat(tr("Done"));
    QString text = tr("Model written to %1 (best epoch %2; features: %3 computed, %4 from the cache).")
                       .arg(toQString(outcome.modelPath))
                       .arg(outcome.bestEpoch + 1)
                       .arg(outcome.featuresComputed)
                       .arg(outcome.featuresFromCache);
    if (outcome.stoppedEarly)
        text += ' ' + tr("Stopped early: the validation loss no longer improved.");
    if (!outcome.cacheWarning.empty())
        text += ' ' + tr("Cache warning: %1").arg(toQString(outcome.cacheWarning));
    m_statusLabel->setText(text);
    emit statusMessage(tr("Training finished"));
    recordRun(outcome);
    emit trainingFinished(outcome);
}

void TrainingPanel::recordRun(const TrainingOutcome& outcome)
{
    RunRecord run;
    run.finishedAt = QDateTime::currentDateTime();
    run.config = m_runConfig;
    run.modelPath = toQString(outcome.modelPath);
    run.modelWrittenAt = QFileInfo(run.modelPath).lastModified();
    run.batches = m_runBatches;
    run.epochs = outcome.history;
    run.validation = outcome.validation;
    run.test = outcome.test;
    run.frozenValidation = outcome.frozenValidation;
    m_history->addRun(std::move(run));
}

void TrainingPanel::showRun(const RunRecord& run)
{
    if (isRunning())
        return; // the live curves of the current run stay on screen
    setConfig(run.config);
    m_modelPath->setText(run.modelPath);
    m_plots->showRun(run.batches, run.epochs);
    emit runReopened(run);
}

void TrainingPanel::fail(const QString& message)
{
    setState(State::Idle);
    m_progress->setFormat(tr("Failed"));
    m_statusLabel->clear();
    m_errorLabel->setText(tr("Training failed: %1").arg(message));
    m_errorLabel->show();
    emit trainingFailed(message);
}

} // namespace tl::ui
