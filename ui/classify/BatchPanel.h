#pragma once
// The Classify view's batch: a folder (or several files) of new cases classified off the GUI
// thread, the table filling as results arrive (sort by any column, the referred ones only),
// progress with time left and Cancel, the unreadable files with why, the refer rule shown and
// its band adjustable, Export CSV… and Save Report…. Each row's heat map follows once the batch
// has finished, for the rows on screen; double-clicking a row shows that image large, with its
// heat map, in the single-image part of the view.
#include "Classifier.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tl::ui {

class BatchTableModel;
class JobProgress;
class JobRunner;

class BatchPanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchPanel(QWidget* parent = nullptr);

    void setClassifier(const std::optional<Classifier>& classifier, const QString& modelName);
    JobRunner* runner() const { return m_runner; }
    const BatchTableModel* table() const { return m_model; }

public slots:
    void classifyFolder(const QString& folder);
    void classifyFiles(const QStringList& files);
    void chooseFolder();
    void exportCsv(const QString& path = {});
    void saveReport(const QString& path = {});

signals:
    void imageActivated(const QString& path);
    void statusMessage(const QString& message);

private:
    void run(std::function<ImageFolder()> list);
    ReferRule currentRule() const; // the default rule with the band the panel shows
    void refreshRule();
    void refreshButtons();

    std::optional<Classifier> m_classifier;
    QString m_modelName;
    JobRunner* m_runner;
    BatchTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    JobProgress* m_progress;
    QPushButton* m_folderButton;
    QPushButton* m_csvButton;
    QPushButton* m_reportButton;
    QCheckBox* m_referOnly;
    QDoubleSpinBox* m_band;
    QLabel* m_ruleLabel;
    QLabel* m_skippedLabel;
};

} // namespace tl::ui
