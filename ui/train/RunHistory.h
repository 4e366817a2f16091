#pragma once
// The finished training runs, as the session records them (RunRecords): options, curves and
// metrics, so that any of them can be shown again (and its model reopened while its file is
// unchanged), compared side by side, or removed.
#include "RunRecord.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

#include <vector>

class QListWidget;
class QPushButton;

namespace tl::ui {

class RunRecords;

class RunHistory : public QWidget {
    Q_OBJECT
public:
    explicit RunHistory(RunRecords* runs, QWidget* parent = nullptr);

    // Rows of (what, one value per run): the options that differ and every metric.
    using ComparisonRow = std::pair<QString, QStringList>;
    static std::vector<ComparisonRow> comparison(const std::vector<const RunRecord*>& runs);

    RunRecords* runs() const { return m_runs; }

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
    // Lists the records again (they changed).
    void showRuns();

    RunRecords* m_runs;
    QListWidget* m_list;
    QPushButton* m_reopenButton;
    QPushButton* m_compareButton;
    QPushButton* m_deleteButton;
};

} // namespace tl::ui
