#pragma once
// The one way the window runs a long engine call (training, cross-validation, evaluation, a cache
// count): on a thread of its own at a lower priority than the window, one job at a time, with the
// job's hooks (Job.h) turned into signals on the GUI thread. Pause blocks the job inside its next
// hook; cancel() cancels its token and wakes a paused job: the engine stops within one batch.
#include "EngineBridge.h"
#include "Job.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <functional>
#include <memory>

class QThread;

namespace tl::ui {

class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    // Cancels a running job and waits for it: within one batch.
    ~JobRunner() override;

    // Runs work(job) on the runner's thread, where work calls the engine with the job it is given.
    // The result goes to onDone on the GUI thread; a cancelled job emits cancelled() instead and an
    // error failed(). Returns false, starting nothing, while another job runs.
    template <typename Result>
    bool start(std::function<JobResult<Result>(const Job&)> work, std::function<void(const Result&)> onDone)
    {
        return launch([work = std::move(work), onDone = std::move(onDone)](const Job& job) -> std::function<void()> {
            JobResult<Result> result = work(job);
            if (!result)
                return {};
            auto kept = std::make_shared<Result>(std::move(*result));
            return [onDone, kept] { onDone(*kept); };
        });
    }

    bool isRunning() const { return m_thread != nullptr; }
    bool isPaused() const;

public slots:
    void cancel();
    void pause();
    void resume();

signals:
    void started();
    void progressed(const tl::ProgressReport& report);
    void batchFinished(const tl::BatchReport& report);
    void epochFinished(const tl::EpochReport& report);
    void paused();
    void succeeded(); // after onDone
    void cancelled();
    void failed(const QString& message);
    void stopped(); // after any of the three: the runner takes a new job

private:
    // body runs on the thread; what it returns runs on the GUI thread (empty: cancelled).
    using Body = std::function<std::function<void()>(const Job&)>;
    bool launch(Body body);
    void finish(const std::function<void()>& deliver, const QString& error);
    Job makeJob();
    // Blocks the job's thread while paused.
    void waitWhilePaused();

    QThread* m_thread = nullptr;
    CancelToken m_cancel;
    mutable QMutex m_mutex;
    QWaitCondition m_resumed;
    bool m_paused = false; // guarded by m_mutex
};

} // namespace tl::ui
