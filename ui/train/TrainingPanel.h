#pragma once
// The Train step: every training option, the Train / Pause / Resume / Cancel commands, progress
// with the phase and time left, and the live plots. Training runs in a TrainingWorker on a
// thread of its own, so the window stays responsive.
#include "EngineBridge.h"

#include <QThread>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace tl::ui {

class CrossValidationDialog;

class LivePlots;
class RunHistory;
struct RunRecord;
class TrainingWorker;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    // The dataset as scanned: the run assigns its own validation split.
    void setDataset(const Dataset& dataset);
    TrainConfig config() const;
    void setConfig(const TrainConfig& config);
    QString modelPath() const;
    bool isRunning() const { return m_state != State::Idle; }
    LivePlots* plots() const { return m_plots; }
    RunHistory* runHistory() const { return m_history; }
    // The options are remembered when the window closes: writing settings takes milliseconds
    // that the click on Train should not spend.
    void saveSettings() const;

public slots:
    // Asks first when an interrupted run left a checkpoint for the output model (resume or start over).
    void startTraining();
    void pauseTraining();
    void resumeTraining();
    void cancelTraining();
    // Opens the cross-validation dialog with the current settings; returns it (owned by Qt).
    CrossValidationDialog* openCrossValidation();

signals:
    void splitSettingsChanged(double validationFraction, quint64 seed);
    void runningChanged(bool running);
    void trainingFinished(const tl::TrainingOutcome& outcome);
    void trainingFailed(const QString& message);
    void statusMessage(const QString& message);
    // A run of the history was chosen again: its options and curves are already shown here.
    void runReopened(const tl::ui::RunRecord& run);
    // Internal: queued to the worker's thread.
    void runRequested(const tl::Dataset& dataset, const tl::TrainConfig& config, const QString& modelPath, bool resume);

private:
    void startRun(bool resume);
    enum class State { Idle, Running, Paused, Cancelling };

    QWidget* buildForm();
    QWidget* buildControls();
    QSpinBox* addSpinBox(QFormLayout* form, const QString& name, const QString& label, int minimum, int maximum,
                         const QString& toolTip);
    QDoubleSpinBox* addDoubleSpinBox(QFormLayout* form, const QString& name, const QString& label, double minimum,
                                     double maximum, int decimals, const QString& toolTip);
    QComboBox* addComboBox(QFormLayout* form, const QString& name, const QString& label,
                           const QList<QPair<QString, QString>>& choices, const QString& toolTip);
    QLineEdit* addPathEdit(QFormLayout* form, const QString& name, const QString& label, const QString& toolTip,
                           bool directory, bool save);
    void connectWorker();
    void setState(State state);
    void showProgress(const ProgressReport& report);
    void showEpoch(const EpochReport& report);
    void finish(const TrainingOutcome& outcome);
    void recordRun(const TrainingOutcome& outcome);
    void showRun(const RunRecord& run);
    void fail(const QString& message);
    void loadSettings();

    QThread m_thread;
    TrainingWorker* m_worker;
    State m_state = State::Idle;
    std::optional<Dataset> m_dataset;
    TrainConfig m_runConfig; // the options of the run in progress
    std::vector<BatchReport> m_runBatches;

    QWidget* m_form = nullptr;
    QLineEdit* m_weightsPath = nullptr;
    QLineEdit* m_cacheDir = nullptr;
    QSpinBox* m_imageSize = nullptr;
    QComboBox* m_head = nullptr;
    QSpinBox* m_hiddenUnits = nullptr;
    QDoubleSpinBox* m_dropout = nullptr;
    QComboBox* m_optimizer = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QDoubleSpinBox* m_momentum = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_epochsSpin = nullptr;
    QSpinBox* m_seed = nullptr;
    QDoubleSpinBox* m_validationSplit = nullptr;
    QComboBox* m_classWeights = nullptr;
    QComboBox* m_augmentation = nullptr;
    QComboBox* m_precision = nullptr;
    QComboBox* m_device = nullptr;
    QDoubleSpinBox* m_targetSensitivity = nullptr;
    QCheckBox* m_calibrate = nullptr;
    QSpinBox* m_fineTuneEpochs = nullptr;
    QDoubleSpinBox* m_fineTuneLearningRate = nullptr;
    QSpinBox* m_patience = nullptr;
    QSpinBox* m_reduceLrPatience = nullptr;
    QDoubleSpinBox* m_reduceLrFactor = nullptr;
    QLineEdit* m_modelPath = nullptr;
    QCheckBox* m_resume = nullptr;

    QPushButton* m_trainButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_crossValidateButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    LivePlots* m_plots = nullptr;
    RunHistory* m_history = nullptr;
};

} // namespace tl::ui
