#pragma once
// The finished training runs: options, curves and metrics, kept on disk between sessions so that
// any of them can be shown again (and its model reopened while its file is unchanged), and
// compared side by side.
#include "RunRecord.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

#include <vector>

class QListWidget;
class QPushButton;

namespace tl::ui {

class RunHistory : public QWidget {
    Q_OBJECT
public:
    // storagePath empty: this session only (tests); otherwise loaded now and saved after each run.
    explicit RunHistory(const QString& storagePath = {}, QWidget* parent = nullptr);

    // Rows of (what, one value per run): the options that differ and every metric.
    using ComparisonRow = std::pair<QString, QStringList>;
    static std::vector<ComparisonRow> comparison(const std::vector<const RunRecord*>& runs);

    void addRun(RunRecord run);
    int runCount() const { return static_cast<int>(m_runs.size()); }
    const RunRecord& run(int index) const { return m_runs[static_cast<std::size_t>(index)]; }

public slots:
    void reopen(int index);
    // Shows the selected runs (two or more) side by side.
    void compareSelected();
    // Asks, then removes the selected runs; their model files too when the user ticks it.
    void deleteSelected();

signals:
    void reopened(const tl::ui::RunRecord& run);

private:
    static QString describe(const RunRecord& run);
    void removeRuns(QList<int> rows, bool withModelFiles);
    void save();

    QString m_storagePath;
    std::vector<RunRecord> m_runs;
    QListWidget* m_list;
    QPushButton* m_reopenButton;
    QPushButton* m_compareButton;
    QPushButton* m_deleteButton;
};

} // namespace tl::ui
