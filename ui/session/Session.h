#pragma once
// What the window's views share, owned in one place: the training's run state and the finished
// runs. Views change it through its setters and follow its signals; none reaches into another.
#include "RunRecords.h"

#include <QObject>

namespace tl::ui {

class Session : public QObject {
    Q_OBJECT
public:
    enum class RunState { Idle, Running, Paused, Cancelling };

    // runHistoryPath: where the finished runs are kept (empty: this session only).
    explicit Session(const QString& runHistoryPath = {}, QObject* parent = nullptr);

    RunState runState() const { return m_runState; }
    // A training is under way (running, paused or stopping).
    bool isTraining() const { return m_runState != RunState::Idle; }
    void setRunState(RunState state);

    RunRecords* runs() const { return m_runs; }

signals:
    void runStateChanged(tl::ui::Session::RunState state);
    // isTraining() changed.
    void trainingChanged(bool training);

private:
    RunState m_runState = RunState::Idle;
    RunRecords* m_runs;
};

} // namespace tl::ui
