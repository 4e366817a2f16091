#pragma once
// The finished training runs, this session's and earlier ones': the app's record of them, kept on
// disk (RunHistoryStore) after every change, off the GUI thread: QSaveFile's fsync can wait 100 ms
// behind a busy disk. The run history view lists them and follows changed().
#include "RunRecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <vector>

namespace tl::ui {

class RunRecords : public QObject {
    Q_OBJECT
public:
    // The newest runs kept; older ones leave as new ones come.
    static constexpr std::size_t kKept = 100;

    // storagePath empty: this session only (tests); otherwise loaded now and saved after each change.
    explicit RunRecords(QString storagePath = {}, QObject* parent = nullptr);
    // Waits for the last save: the file is whole when the app quits.
    ~RunRecords() override;

    int count() const { return static_cast<int>(m_runs.size()); }
    const RunRecord& at(int index) const { return m_runs[static_cast<std::size_t>(index)]; }
    // Why the last save failed; empty when it did not. A failure arrives after the change that
    // caused it, with changed() again.
    const QString& saveError() const { return m_saveError; }
    // Blocks until every save so far is on disk (or failed).
    void waitForSaved();

    void add(RunRecord run);
    // Removes the runs at these indexes, and with withModelFiles the model files that each wrote
    // (when still the one it wrote: a later run or the user may have put another there since).
    void remove(QList<int> indexes, bool withModelFiles);

signals:
    void changed();

private:
    void save();

    QString m_storagePath;
    std::vector<RunRecord> m_runs;
    QString m_saveError;
    QThreadPool m_writer; // one thread: the saves land in the order of the changes
};

} // namespace tl::ui
