#include "RunRecords.h"

#include "RunHistoryStore.h"

#include <QFile>

#include <algorithm>
#include <functional>

namespace tl::ui {

RunRecords::RunRecords(QString storagePath, QObject* parent) : QObject(parent), m_storagePath(std::move(storagePath))
{
    if (!m_storagePath.isEmpty())
        m_runs = loadRunHistory(m_storagePath);
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
    m_saveError.clear();
    if (!m_storagePath.isEmpty() && !saveRunHistory(m_storagePath, m_runs))
        m_saveError = tr("The run history cannot be saved to %1").arg(m_storagePath);
}

} // namespace tl::ui
