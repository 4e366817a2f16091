#include "RunHistory.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {

RunHistory::RunHistory(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_reopenButton(new QPushButton(tr("Show &Run"), this))
{
    m_list->setObjectName("runHistoryListWidget");
    m_list->setToolTip(tr("The runs of this session; double-click one to show its options, curves and metrics"));
    m_reopenButton->setObjectName("reopenRunButton");
    m_reopenButton->setToolTip(tr("Show the selected run's options, curves and metrics again"));
    m_reopenButton->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Run history:"), this));
    layout->addWidget(m_list);
    layout->addWidget(m_reopenButton, 0, Qt::AlignRight);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_reopenButton->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { reopen(m_list->currentRow()); });
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { reopen(m_list->currentRow()); });
}

QString RunHistory::describe(const RunRecord& run)
{
    const Evaluation* shown = run.test ? &*run.test : run.validation ? &*run.validation : nullptr;
    const QString accuracy = shown ? tr("accuracy %1").arg(shown->accuracy, 0, 'f', 3) : tr("no evaluation");
    return tr("%1 — %2, %3 px, %n epoch(s), lr %4 — %5", nullptr, static_cast<int>(run.epochs.size()))
        .arg(run.finishedAt.toString("HH:mm:ss"), QFileInfo(run.modelPath).fileName())
        .arg(run.config.imageSize)
        .arg(run.config.learningRate)
        .arg(accuracy);
}

void RunHistory::addRun(RunRecord run)
{
    m_list->addItem(describe(run));
    m_runs.push_back(std::move(run));
}

void RunHistory::reopen(int index)
{
    if (index >= 0 && index < runCount())
        emit reopened(run(index));
}

} // namespace tl::ui
