#pragma once
// The application window: the Data -> Train -> Evaluate -> Classify workflow as tabs, the File
// and Help menus, a toolbar and a status bar. It owns the open dataset, the current model and the
// Session (the run state and the finished runs, which views observe), hands them to the views
// and wires their signals; the views never talk to each other directly.
#include "Classifier.h"
#include "Dataset.h"
#include "ImageGroups.h"
#include "ModelExport.h"
#include "Training.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QTabWidget;

namespace tl::ui {

class ClassifyView;
class DatasetView;
class EvaluationView;
class RecentDatasetsMenu;
struct RunRecord;
class Session;
class TrainingPanel;
class WeightsGuide;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class View { Data, Train, Evaluate, Classify };

    explicit MainWindow(QWidget* parent = nullptr);

    void showView(View view);
    static std::optional<View> viewFromName(const QString& name);
    bool hasModel() const { return m_classifier.has_value(); }
    QString modelPath() const { return m_modelPath; }

public slots:
    void openDataset(const QString& path);
    void openModel(const QString& path);
    void chooseDataset();
    void chooseModel();
    void saveModelAs();
    // Asks for a file and a format (by its extension), then exports the current model.
    void chooseExport();
    void exportModel(const QString& path, ExportFormat format);
    // Writes a new two-class decision threshold into the current model file and reopens it.
    void saveModelThreshold(double threshold);
    // Shows the Classify view and classifies with the current model an image (shown with its
    // prediction) or every image of a folder (in the batch table).
    void classifyImage(const QString& path);
    void showAbout();
    // Error review's retrain: scans the dataset again (the marked images leave it) and trains with
    // the Train view's settings.
    void retrainWithoutMarkedImages();

signals:
    void datasetOpened(const QString& path);
    void modelOpened(const QString& path);
    void modelExported(const QStringList& files);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createStatusBar();
    void connectViews();
    void restoreSettings();
    // Scans off the GUI thread, then shows the dataset and calls then().
    void scanAndShowDataset(const QString& path, const std::function<void()>& then);
    void setDataset(Dataset dataset);
    // Shows the dataset split as training will split it (test split first, then validation).
    void applySplits(double validationFraction, double testFraction, quint64 seed);
    // Reads a metadata CSV and groups the dataset's images by its group column.
    void loadGroups(const QString& csvPath);
    // The leakage finder's "Put Both in One Group": for this session's splits.
    void groupPair(const QString& first, const QString& second);
    // Loads the model off the GUI thread; with showStoredResults, also shows the history and
    // metrics the model file holds (a just-trained or re-shown run has them on screen already).
    void loadModel(const QString& path, bool showStoredResults);
    void showStoredResults(const ModelInfo& info, const QString& name);
    void setModel(const Classifier& classifier, const QString& path);
    void showTrainingOutcome(const TrainingOutcome& outcome);
    void showRun(const RunRecord& run);
    void updateActions();
    void showError(const QString& title, const QString& message);
    // Closing during a run: asks, then stops the run and closes once it has stopped.
    void askToStopTrainingAndQuit();

    std::optional<Dataset> m_dataset;      // as scanned and grouped; the views get it with its splits
    std::optional<ImageMetadata> m_groups; // the open dataset's groups (Data view, Load Groups)
    std::optional<Classifier> m_classifier;
    QString m_modelPath;
    bool m_quitWhenTrainingStops = false;

    Session* m_session; // the run state and the finished runs, which the views observe
    QTabWidget* m_tabs;
    DatasetView* m_datasetView;
    TrainingPanel* m_trainingPanel;
    EvaluationView* m_evaluationView;
    ClassifyView* m_classifyView;
    WeightsGuide* m_weightsGuide;
    RecentDatasetsMenu* m_recentMenu = nullptr;
    QAction* m_saveModelAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_openDatasetAction = nullptr;
    QLabel* m_datasetStatus = nullptr;
    QLabel* m_modelStatus = nullptr;
};

} // namespace tl::ui
