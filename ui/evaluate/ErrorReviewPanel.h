#pragma once
// Error review, inside the Evaluate view: the misclassified images of an evaluation, most
// confident mistakes first (all of them, or one cell of the confusion matrix), each shown with
// the Grad-CAM map of the class it was mistaken for. The reviewer marks images as mislabelled or
// excluded (saved next to the dataset) and retrains without them.
#include "Classifier.h"
#include "ErrorReview.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace tl::ui {

class ErrorReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ErrorReviewPanel(QWidget* parent = nullptr);

    struct Samples {
        std::vector<std::string> classes;
        ScoredSamples scored;
        std::vector<int> predicted; // the evaluation's class for each sample
    };
    // An evaluation with its images (empty paths: one from training, which has none to show).
    void setSamples(Samples samples);
    void setClassifier(const std::optional<Classifier>& classifier);
    void setDatasetRoot(const std::string& root);
    // One cell of the confusion matrix; showAllMistakes() goes back to every misclassified image.
    void showCell(int trueClass, int predictedClass);
    void showAllMistakes();

public slots:
    void markSelected(std::optional<ReviewMark> mark);

signals:
    // Rescan the dataset (the marked images leave it) and train again with the same settings.
    void retrainRequested();
    void statusMessage(const QString& message);

private:
    void fillList(std::optional<int> trueClass, std::optional<int> predictedClass);
    void showSelected();
    QString itemText(const ReviewItem& item) const;
    void updateMarkControls();

    Samples m_samples;
    std::vector<ReviewItem> m_items;
    std::optional<Classifier> m_classifier;
    std::string m_datasetRoot;
    ReviewMarks m_marks;
    int m_request = 0; // the newest Grad-CAM request: older answers are dropped

    QLabel* m_caption;
    QPushButton* m_allButton;
    QListWidget* m_list;
    QLabel* m_preview;
    QLabel* m_details;
    QPushButton* m_mislabelledButton;
    QPushButton* m_excludeButton;
    QPushButton* m_clearButton;
    QLabel* m_marksLabel;
    QPushButton* m_retrainButton;
};

} // namespace tl::ui
