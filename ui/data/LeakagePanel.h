#pragma once
// The Data view's duplicate finder (Leakage.h): the pairs of images that are the same picture or
// nearly so, each with its similarity, whether it crosses a split or two classes; the selected
// pair side by side; and what to do about it: exclude one image (a review mark, as the error
// review sets) or put both in one group, so that no split separates them.
#include "Dataset.h"
#include "Leakage.h"
#include "TrainConfig.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tl::ui {

class JobProgress;
class JobRunner;
class ThumbnailModel;
class ThumbnailView;

class LeakagePanel : public QWidget {
    Q_OBJECT
public:
    explicit LeakagePanel(QWidget* parent = nullptr);

    // Looks for pairs in the dataset as a training with this configuration would split it.
    void find(const Dataset& dataset, const TrainConfig& config);
    JobRunner* runner() const { return m_runner; }
    const std::optional<LeakageReport>& report() const { return m_report; }

signals:
    void findRequested(); // the Find button: the window answers with find()
    void groupPairRequested(const QString& first, const QString& second);
    void imageExcluded(const QString& path); // its review mark is saved: the dataset should be read again

private:
    void showReport(const LeakageReport& report);
    void showSelectedPair();
    std::optional<std::pair<QString, QString>> selectedPaths() const;
    void exclude(bool second);

    JobRunner* m_runner;
    JobProgress* m_progress;
    QPushButton* m_findButton;
    QLabel* m_summary;
    QTableWidget* m_table;
    ThumbnailModel* m_pair;
    ThumbnailView* m_pairView;
    QPushButton* m_excludeFirst;
    QPushButton* m_excludeSecond;
    QPushButton* m_groupButton;
    std::optional<LeakageReport> m_report;
};

} // namespace tl::ui
