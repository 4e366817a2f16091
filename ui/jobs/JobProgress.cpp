#include "JobProgress.h"

#include "JobRunner.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

namespace tl::ui {
namespace {

constexpr int kProgressSteps = 1000;

} // namespace

JobProgress::JobProgress(JobRunner* runner, const QString& name, QWidget* parent)
    : QWidget(parent), m_runner(runner), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("&Cancel"), this))
{
    m_bar->setObjectName(name + "ProgressBar");
    m_bar->setRange(0, kProgressSteps);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(name + "CancelButton");
    m_cancel->setToolTip(tr("Stop after the current batch"));
    m_cancel->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancel->setEnabled(false);
        m_bar->setFormat(tr("Cancelling…"));
    });
    connect(runner, &JobRunner::started, this, &JobProgress::showStarted);
    connect(runner, &JobRunner::progressed, this, &JobProgress::showProgress);
    connect(runner, &JobRunner::paused, this, [this] { m_bar->setFormat(tr("Paused")); });
    connect(runner, &JobRunner::succeeded, this, [this] { showEnd(tr("Done"), true); });
    connect(runner, &JobRunner::cancelled, this, [this] { showEnd(tr("Cancelled"), false); });
    connect(runner, &JobRunner::failed, this, [this] { showEnd(tr("Failed"), false); });
}

void JobProgress::setIdleText(const QString& text)
{
    if (!m_runner->isRunning())
        m_bar->setFormat(text);
}

void JobProgress::showStarted()
{
    m_bar->setValue(0);
    m_bar->setFormat(tr("Starting…"));
    m_cancel->setEnabled(true);
}

void JobProgress::showProgress(const ProgressReport& report)
{
    if (!m_cancel->isEnabled())
        return; // cancelling: the bar says so until the job stops
    if (report.total > 0)
        m_bar->setValue(static_cast<int>(kProgressSteps * report.done / report.total));
    QString text = phaseDisplayName(report.phase);
    if (report.total > 1)
        text += tr(" — %1 of %2").arg(report.done).arg(report.total);
    const QString left = durationText(report.secondsLeft);
    if (!left.isEmpty())
        text += tr(" — about %1 left").arg(left);
    m_bar->setFormat(text);
}

void JobProgress::showEnd(const QString& text, bool complete)
{
    if (complete)
        m_bar->setValue(kProgressSteps);
    m_bar->setFormat(text);
    m_cancel->setEnabled(false);
}

} // namespace tl::ui
