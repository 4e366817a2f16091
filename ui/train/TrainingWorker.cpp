#include "TrainingWorker.h"
#include "Translations.h"

#include <QMutexLocker>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tl::ui {
namespace {

// The training thread (and the compute threads it starts, which inherit its niceness) yields
// to the GUI thread when cores are scarce, so the window stays fluid on small machines.
// QThread::setPriority() cannot do this on Linux: it has no effect under SCHED_OTHER.
void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    constexpr int kTrainingNiceness = 10;
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kTrainingNiceness);
#endif
}

} // namespace

void TrainingWorker::reset()
{
    m_cancelled = false;
    const QMutexLocker locker(&m_mutex);
    m_paused = false;
}

void TrainingWorker::cancel()
{
    m_cancelled = true;
    const QMutexLocker locker(&m_mutex);
    m_resumed.wakeAll(); // a paused run must wake up to see the cancel
}

void TrainingWorker::pause()
{
    const QMutexLocker locker(&m_mutex);
    m_paused = true;
}

void TrainingWorker::resume()
{
    const QMutexLocker locker(&m_mutex);
    m_paused = false;
    m_resumed.wakeAll();
}

bool TrainingWorker::isPaused() const
{
    const QMutexLocker locker(&m_mutex);
    return m_paused;
}

bool TrainingWorker::keepGoing()
{
    QMutexLocker locker(&m_mutex);
    if (m_paused && !m_cancelled) {
        emit paused();
        while (m_paused && !m_cancelled)
            m_resumed.wait(&m_mutex);
    }
    return !m_cancelled;
}

TrainingObserver TrainingWorker::makeObserver()
{
    TrainingObserver observer;
    observer.onProgress = [this](const ProgressReport& report) {
        emit progressed(report);
        return keepGoing();
    };
    observer.onBatch = [this](const BatchReport& report) {
        emit batchFinished(report);
        return keepGoing();
    };
    observer.onEpoch = [this](const EpochReport& report) {
        emit epochFinished(report);
        return keepGoing();
    };
    return observer;
}

void TrainingWorker::run(const tl::Dataset& dataset, const tl::TrainConfig& config, const QString& modelPath,
                         bool resumeRun)
{
    lowerCurrentThreadPriority();
    try {
        emit finished(trainModel(dataset, config, toStdString(modelPath), resumeRun, makeObserver()));
    } catch (const std::exception& error) {
        emit failed(i18n::errorText(error));
    }
}

} // namespace tl::ui
