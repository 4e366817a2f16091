#pragma once
// Runs tl::trainModel on its own thread (the worker object is moved to a QThread). The engine's
// callbacks turn into queued signals; cancel and pause are answered inside those callbacks, so
// they take effect within one batch (or one image batch while extracting features).
#include "EngineBridge.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>

namespace tl::ui {

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: called from the GUI thread while run() executes on the worker thread.
    // reset() clears a previous run's cancel and pause; call it before queuing run(), so that a
    // cancel that arrives before run() starts is not lost.
    void reset();
    void cancel();
    void pause();
    void resume();
    bool isPaused() const;

public slots:
    void run(const tl::Dataset& dataset, const tl::TrainConfig& config, const QString& modelPath, bool resumeRun);

signals:
    void progressed(const tl::ProgressReport& report);
    void batchFinished(const tl::BatchReport& report);
    void epochFinished(const tl::EpochReport& report);
    void paused();
    void finished(const tl::TrainingOutcome& outcome);
    void failed(const QString& message);

private:
    TrainingObserver makeObserver();
    // Blocks while paused; false once cancelled.
    bool keepGoing();

    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QWaitCondition m_resumed;
    bool m_paused = false; // guarded by m_mutex
};

} // namespace tl::ui
