#pragma once
// The Classify step: drop, paste or open one image and see the current model's prediction
// with one bar per class. The network runs off the GUI thread.
#include "Classifier.h"

#include <QImage>
#include <QWidget>

#include <optional>

class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace tl::ui {

class ClassifyView : public QWidget {
    Q_OBJECT
public:
    explicit ClassifyView(QWidget* parent = nullptr);

    void setClassifier(const std::optional<Classifier>& classifier, const QString& modelName);
    static bool isImageFile(const QString& path);
    // The first dragged or pasted local file that is an image; empty if none.
    static QString localImageFile(const QMimeData* mime);

public slots:
    void classifyFile(const QString& path);
    void classifyImage(const QImage& image);
    void openImage();
    void pasteImage();

signals:
    void classified(const QString& predictedClass);
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    template <typename Work> void classify(const QImage& shown, const QString& name, Work work);
    void showPrediction(const Prediction& prediction);
    void showError(const QString& message);
    void showImage(const QImage& image);
    void rebuildBars();

    std::optional<Classifier> m_classifier;
    int m_request = 0; // results of superseded requests are dropped
    QImage m_image;
    QLabel* m_modelLabel;
    QLabel* m_imageLabel;
    QLabel* m_nameLabel;
    QLabel* m_predictedLabel;
    QLabel* m_errorLabel;
    QPushButton* m_openButton;
    QPushButton* m_pasteButton;
    QWidget* m_bars;
    QVBoxLayout* m_barsLayout;
    QList<QProgressBar*> m_barList;
};

} // namespace tl::ui
