#pragma once
// The Classify step: drop, paste or open one image and see the current model's prediction
// with one bar per class and where it looked; drop or open a folder (or several images) and
// classify them all in the batch table below (BatchPanel). The network runs off the GUI thread.
#include "Classifier.h"

#include <QImage>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSlider;
class QMimeData;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace tl::ui {

class BatchPanel;

class ClassifyView : public QWidget {
    Q_OBJECT
public:
    explicit ClassifyView(QWidget* parent = nullptr);

    void setClassifier(const std::optional<Classifier>& classifier, const QString& modelName);
    BatchPanel* batch() const { return m_batch; }

public slots:
    void classifyFile(const QString& path);
    // An image file (shown above) or a folder (every image of it, in the batch below).
    void classifyPath(const QString& path);
    void classifyImage(const QImage& image);
    void openImage();
    void pasteImage();

signals:
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    static QString fingerprintText(const std::string& fingerprint);
    template <typename Work> void classify(const QImage& shown, const QString& name, Work work);
    void showPrediction(const Prediction& prediction);
    void showError(const QString& message);
    void showImage(const QImage& image);
    // The image with the Grad-CAM map over it at the chosen opacity, or the image alone.
    void showExplanation();
    void rebuildBars();

    std::optional<Classifier> m_classifier;
    int m_request = 0; // results of superseded requests are dropped
    QImage m_image;
    std::optional<Heatmap> m_heatmap; // of the image shown, when the model can explain
    RgbImage m_overlayBase;           // the image at display size, for redrawing the overlay
    QLabel* m_modelLabel;
    QLabel* m_imageLabel;
    QLabel* m_nameLabel;
    QLabel* m_predictedLabel;
    QLabel* m_errorLabel;
    QPushButton* m_openButton;
    QPushButton* m_pasteButton;
    QCheckBox* m_heatmapCheckBox;
    QSlider* m_opacitySlider;
    QWidget* m_bars;
    QVBoxLayout* m_barsLayout;
    QList<QProgressBar*> m_barList;
    BatchPanel* m_batch;
};

} // namespace tl::ui
