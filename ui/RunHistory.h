#pragma once
// The finished training runs of this session: options, curves and metrics, kept in memory so
// that any of them can be shown again (and its model reopened while its file is unchanged).
#include "EngineBridge.h"

#include <QDateTime>
#include <optional>
#include <QWidget>

#include <vector>

class QListWidget;
class QPushButton;

namespace tl::ui {

struct RunRecord {
    QDateTime finishedAt;
    TrainConfig config;
    QString modelPath;
    QDateTime modelWrittenAt; // to tell whether a later run overwrote the model file
    std::vector<BatchReport> batches;
    std::vector<EpochReport> epochs;
    std::optional<Evaluation> validation, test;
};

class RunHistory : public QWidget {
    Q_OBJECT
public:
    explicit RunHistory(QWidget* parent = nullptr);

    void addRun(RunRecord run);
    int runCount() const { return static_cast<int>(m_runs.size()); }
    const RunRecord& run(int index) const { return m_runs[static_cast<std::size_t>(index)]; }

public slots:
    void reopen(int index);

signals:
    void reopened(const tl::ui::RunRecord& run);

private:
    static QString describe(const RunRecord& run);

    std::vector<RunRecord> m_runs;
    QListWidget* m_list;
    QPushButton* m_reopenButton;
};

} // namespace tl::ui

Q_DECLARE_METATYPE(tl::ui::RunRecord)
