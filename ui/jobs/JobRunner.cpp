#include "JobRunner.h"

#include "Translations.h"

#include <QMutexLocker>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tl::ui {
namespace {

// The job's thread (and the compute threads it starts, which inherit its niceness) yields to the
// GUI thread when cores are scarce, so the window stays fluid on small machines.
// QThread::setPriority() cannot do this on Linux: it has no effect under SCHED_OTHER.
void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    constexpr int kJobNiceness = 10;
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kJobNiceness);
#endif
}

} // namespace

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

bool JobRunner::isPaused() const
{
    const QMutexLocker locker(&m_mutex);
    return m_paused;
}

void JobRunner::cancel()
{
    m_cancel.cancel();
    const QMutexLocker locker(&m_mutex);
    m_resumed.wakeAll(); // a paused job must wake up to see the cancel
}

void JobRunner::pause()
{
    const QMutexLocker locker(&m_mutex);
    m_paused = isRunning();
}

void JobRunner::resume()
{
    const QMutexLocker locker(&m_mutex);
    m_paused = false;
    m_resumed.wakeAll();
}

void JobRunner::waitWhilePaused()
{
    QMutexLocker locker(&m_mutex);
    if (m_paused && !m_cancel.cancelled()) {
        emit paused();
        while (m_paused && !m_cancel.cancelled())
            m_resumed.wait(&m_mutex);
    }
}

Job JobRunner::makeJob()
{
    Job job;
    job.cancel = m_cancel;
    job.onProgress = [this](const ProgressReport& report) {
        emit progressed(report);
        waitWhilePaused();
    };
    job.onBatch = [this](const BatchReport& report) {
        emit batchFinished(report);
        waitWhilePaused();
    };
    job.onEpoch = [this](const EpochReport& report) {
        emit epochFinished(report);
        waitWhilePaused();
    };
    return job;
}

bool JobRunner::launch(Body body)
{
    if (isRunning())
        return false;
    m_cancel = CancelToken(); // a new token: a cancel of the previous job does not reach this one
    {
        const QMutexLocker locker(&m_mutex);
        m_paused = false;
    }
    m_thread = QThread::create([this, body = std::move(body), job = makeJob()] {
        lowerCurrentThreadPriority();
        std::function<void()> deliver;
        QString error;
        try {
            deliver = body(job);
        } catch (const std::exception& e) {
            error = i18n::errorText(e);
        }
        // Exceptions never cross threads: the outcome travels as values to the GUI thread.
        QMetaObject::invokeMethod(
            this, [this, deliver, error] { finish(deliver, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName("jobThread");
    emit started();
    m_thread->start();
    return true;
}

void JobRunner::finish(const std::function<void()>& deliver, const QString& error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!error.isEmpty()) {
        emit failed(error);
    } else if (deliver) {
        deliver();
        emit succeeded();
    } else {
        emit cancelled();
    }
    emit stopped();
}

} // namespace tl::ui
