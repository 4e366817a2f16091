#pragma once
// The Train step: the options (TrainingForm), the Train / Pause / Resume / Cancel commands and the
// run's state, progress with the phase and time left, the live plots and the run history.
// Training runs through a JobRunner, on a thread of its own, so the window stays responsive.
#include "EngineBridge.h"
#include "RunWarnings.h"
#include "Session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace tl::ui {

class CachedFeaturesLabel;
class CrossValidationDialog;
class JobProgress;
class JobRunner;
class TrainingForm;

class LivePlots;
class RunHistory;
struct RunRecord;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    // The session holds the run's state and records the finished runs.
    explicit TrainingPanel(Session* session, QWidget* parent = nullptr);
    ~TrainingPanel() override;

    // The dataset as scanned: the run assigns its own validation split.
    void setDataset(const Dataset& dataset);
    TrainConfig config() const;
    QString weightsPath() const;

public slots:
    // Writes a new model file per run unless the user chose one (see ModelPaths.h). Asks first
    // when an interrupted run left a checkpoint (resume or start over), and before replacing a
    // chosen file that exists. Without the weights file it starts nothing: weightsNeeded().
    void startTraining();
    void pauseTraining();
    void resumeTraining();
    void cancelTraining();
    void setWeightsPath(const QString& path);
    // The curves of a model opened from its file (its stored history).
    void showHistory(const std::vector<tl::EpochReport>& history);
    // Keeps the form's options for the next start.
    void saveSettings();
    // Opens the cross-validation dialog with the current settings; returns it (owned by Qt).
    CrossValidationDialog* openCrossValidation();

signals:
    // Train was pressed but the backbone weights are not there: the window offers to get them.
    void weightsNeeded();
    void splitSettingsChanged(double validationFraction, double testFraction, quint64 seed);
    void trainingFinished(const tl::TrainingOutcome& outcome);
    void trainingFailed(const QString& message);
    void statusMessage(const QString& message);
    // A run of the history was chosen again: its options and curves are already shown here.
    void runReopened(const tl::ui::RunRecord& run);
    // A run started, writing modelPath; resumed: from its checkpoint.
    void runStarted(const QString& modelPath, bool resumed);
    void weightsPathChanged(const QString& path, tl::BackboneId backbone);

private:
    QString newRunPath() const;
    void offerToResume(const QString& path);
    void askBeforeReplacing(const QString& path);
    void startRun(const QString& path, bool resume);
    using State = Session::RunState;
    bool isRunning() const { return m_session->isTraining(); }

    QWidget* buildControls();
    void connectRunner();
    void setState(State state) { m_session->setRunState(state); }
    // The controls as the session's run state allows.
    void showState(State state);
    void refreshCachedFeatures();
    void showEpoch(const EpochReport& report);
    void finish(const TrainingOutcome& outcome);
    void recordRun(const TrainingOutcome& outcome);
    void showWarnings(const std::vector<RunWarning>& warnings);
    void showRun(const RunRecord& run);
    void fail(const QString& message);

    Session* m_session;
    JobRunner* m_runner;
    std::optional<Dataset> m_dataset;
    TrainConfig m_runConfig; // the options of the run in progress
    std::vector<BatchReport> m_runBatches;

    TrainingForm* m_form = nullptr;
    QPushButton* m_trainButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_crossValidateButton = nullptr;
    JobProgress* m_progress = nullptr;
    CachedFeaturesLabel* m_cachedFeatures = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_warningLabel = nullptr; // why the finished run's model may be useless
    LivePlots* m_plots = nullptr;
    RunHistory* m_history = nullptr;
};

} // namespace tl::ui
