#pragma once
// The Evaluate step: metrics, a confusion-matrix heat map whose cells open the images they
// count (ConfusionTable), the ROC curve with its threshold picker (RocThresholdPicker) and the
// reliability diagram (ReliabilityPlot). Evaluations come from a finished training run (validation and test
// splits) or from running the current model over the open dataset.
#include "Classifier.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tl::ui {

class ConfusionTable;
class ErrorReviewPanel;
class LearningCurvePanel;
class SubgroupPanel;
class JobProgress;
class JobRunner;
class ReliabilityPlot;
class RocThresholdPicker;
class ThumbnailModel;
class ThumbnailView;

class EvaluationView : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationView(QWidget* parent = nullptr);

    // The scored samples (in the evaluation's order) make the matrix
    // cells browsable and the mistakes reviewable.
    void addEvaluation(const QString& title, const Evaluation& evaluation, const ScoredSamples& samples = {});
    void clearEvaluations();
    // Replaces the evaluations with those a training run made ("NAME — validation split", "NAME — test split").
    void showTrainingEvaluations(const QString& name, const std::optional<Evaluation>& validation,
                                 const std::optional<Evaluation>& test);
    void setClassifier(const std::optional<Classifier>& classifier, const QString& modelName);
    void setDataset(const Dataset& dataset);
    int evaluationCount() const { return static_cast<int>(m_entries.size()); }
    ThumbnailModel* cellImages() const { return m_cellImages; }
    ErrorReviewPanel* errorReview() const { return m_review; }
    LearningCurvePanel* learningCurve() const { return m_learningCurve; }
    SubgroupPanel* subgroups() const { return m_subgroups; }

public slots:
    void evaluateDataset();
    void showCell(int trueClass, int predictedClass);

    // The threshold picker (two-class evaluations): moves the marker on the ROC curve and shows
    // the sensitivity, specificity, PPV and NPV there.
    void setPickedThreshold(double threshold);
    double pickedThreshold() const;

signals:
    void evaluationFinished();
    // The user asked to save the picked threshold into the current model.
    void thresholdChosen(double threshold);
    void statusMessage(const QString& message);

private:
    struct Entry {
        QString title;
        Evaluation evaluation;
        ScoredSamples samples;
    };

    QWidget* buildSummary();
    void showEntry(int index);
    void fillSummary(const Evaluation& evaluation);
    void fillPerClass(const Evaluation& evaluation);
    void updateEvaluateButton();
    Dataset selectedSplit() const;

    std::vector<Entry> m_entries;
    std::optional<Classifier> m_classifier;
    QString m_modelName;
    std::optional<Dataset> m_dataset;

    QComboBox* m_source;
    QComboBox* m_split;
    QPushButton* m_evaluateButton;
    JobRunner* m_runner;
    JobProgress* m_progress;
    QLabel* m_errorLabel;
    QLabel* m_accuracy;
    QLabel* m_auc;
    QLabel* m_sensitivity;
    QLabel* m_specificity;
    QLabel* m_ppv;
    QLabel* m_npv;
    QLabel* m_threshold;
    QLabel* m_calibration;
    QTableWidget* m_perClass;
    ConfusionTable* m_confusion;
    RocThresholdPicker* m_roc;
    ReliabilityPlot* m_reliability;
    QLabel* m_cellCaption;
    ThumbnailModel* m_cellImages;
    ThumbnailView* m_cellView;
    ErrorReviewPanel* m_review;
    LearningCurvePanel* m_learningCurve;
    SubgroupPanel* m_subgroups;
};

} // namespace tl::ui
