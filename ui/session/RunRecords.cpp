#include "RunRecords.h"

#include "RunHistoryStore.h"

#include <QFile>
#include <QtConcurrent>

#include <algorithm>
#include <functional>

namespace tl::ui {

RunRecords::RunRecords(QString storagePath, QObject* parent) : QObject(parent), m_storagePath(std::move(storagePath))
{
    m_writer.setMaxThreadCount(1);
    if (!m_storagePath.isEmpty())
        m_runs = loadRunHistory(m_storagePath);
}

RunRecords::~RunRecords()
{
    waitForSaved();
}

void RunRecords::waitForSaved()
{
    m_writer.waitForDone();
}

void RunRecords::add(RunRecord run)
{
    m_runs.push_back(std::move(run));
    if (m_runs.size() > kKept)
        m_runs.erase(m_runs.begin());
    save();
    emit changed();
}

void RunRecords::remove(QList<int> indexes, bool withModelFiles)
{
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    for (const int index : indexes) {
        if (index < 0 || index >= count())
            continue;
        const RunRecord& run = at(index);
        if (withModelFiles && run.modelFileUnchanged())
            QFile::remove(run.modelPath);
        m_runs.erase(m_runs.begin() + index);
    }
    save();
    emit changed();
}

void RunRecords::save()
{
    if (m_storagePath.isEmpty())
        return;
    QtConcurrent::run(&m_writer, [path = m_storagePath, runs = m_runs] {
        return saveRunHistory(path, runs);
    }).then(this, [this](bool saved) {
        const QString error = saved ? QString() : tr("The run history cannot be saved to %1").arg(m_storagePath);
        if (error != m_saveError) {
            m_saveError = error;
            emit changed();
        }
    });
}

} // namespace tl::ui
