#pragma once
// The Data step: what the dataset holds (classes, counts per split, warnings), a filterable
// thumbnail grid, and the files that were skipped with their reasons.
#include "Dataset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tl::ui {

class LeakagePanel;
class ThumbnailModel;
class ThumbnailView;

class DatasetView : public QWidget {
    Q_OBJECT
public:
    explicit DatasetView(QWidget* parent = nullptr);

    // The dataset with its validation split already assigned, as training will use it.
    void setDataset(const Dataset& dataset);
    ThumbnailModel* thumbnailModel() const { return m_thumbnails; }
    LeakagePanel* leakagePanel() const { return m_leakage; }

    // Empty when the dataset looks fine; else the warnings shown above the grid.
    static QString balanceWarning(const Dataset& dataset);

signals:
    // The user chose a metadata CSV (image, group, …) to group the images by patient or lesion.
    void groupsFileChosen(const QString& path);

private:
    void fillClassTable(const Dataset& dataset);
    void fillGroups(const Dataset& dataset);
    void chooseGroupsFile();
    void fillFilters(const Dataset& dataset);
    void fillSkipped(const Dataset& dataset);
    void applyFilter();

    QLabel* m_pathLabel;
    QLabel* m_groupsLabel;
    QPushButton* m_loadGroupsButton;
    QTableWidget* m_classTable;
    QLabel* m_warningLabel;
    QComboBox* m_classFilter;
    QComboBox* m_splitFilter;
    QLabel* m_shownLabel;
    ThumbnailModel* m_thumbnails;
    ThumbnailView* m_grid;
    QListWidget* m_skippedList;
    LeakagePanel* m_leakage;
};

} // namespace tl::ui
