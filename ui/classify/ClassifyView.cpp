#include "ClassifyView.h"

#include "AsyncTask.h"
#include "BatchPanel.h"
#include "DroppedFiles.h"
#include "EngineBridge.h"
#include "JobRunner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QSplitter>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QVBoxLayout>

namespace tl::ui {
namespace {

constexpr int kBarSteps = 1000;
constexpr int kOverlaySide = 1024; // largest side of the image the heat map is drawn on

} // namespace

ClassifyView::ClassifyView(QWidget* parent)
    : QWidget(parent), m_modelLabel(new QLabel(this)), m_imageLabel(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_predictedLabel(new QLabel(this)), m_errorLabel(new QLabel(this)),
      m_openButton(new QPushButton(tr("Open &Image…"), this)), m_pasteButton(new QPushButton(tr("&Paste"), this)),
      m_heatmapCheckBox(new QCheckBox(tr("Show where the model &looked"), this)),
      m_opacitySlider(new QSlider(Qt::Horizontal, this)), m_bars(new QWidget(this)),
      m_barsLayout(new QVBoxLayout(m_bars)), m_batch(new BatchPanel(this))
{
    setAcceptDrops(true);
    setObjectName("classifyView");
    m_modelLabel->setObjectName("modelLabel");
    m_modelLabel->setWordWrap(true);
    m_imageLabel->setObjectName("classifiedImageLabel");
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageLabel->setMinimumSize(220, 220); // room for the batch table below
    m_imageLabel->setFrameShape(QFrame::StyledPanel);
    m_imageLabel->setText(tr("Drop an image here, paste one (Ctrl+V) or open a file."));
    m_imageLabel->setWordWrap(true);
    m_nameLabel->setObjectName("imageNameLabel");
    m_nameLabel->setWordWrap(true);
    m_predictedLabel->setObjectName("predictedClassLabel");
    QFont big = m_predictedLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_predictedLabel->setFont(big);
    m_errorLabel->setObjectName("classifyErrorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet("QLabel { color: #c0392b; }");
    m_errorLabel->hide();
    m_openButton->setObjectName("openImageButton");
    m_openButton->setToolTip(tr("Choose an image file to classify"));
    m_pasteButton->setObjectName("pasteImageButton");
    m_pasteButton->setToolTip(tr("Classify the image on the clipboard"));
    m_heatmapCheckBox->setObjectName("heatmapCheckBox");
    m_heatmapCheckBox->setChecked(true);
    m_heatmapCheckBox->setToolTip(tr("Grad-CAM heat map of the predicted class on the backbone's last "
                                     "convolution: red where the evidence is strongest"));
    m_opacitySlider->setObjectName("heatmapOpacitySlider");
    m_opacitySlider->setRange(0, 100);
    m_opacitySlider->setValue(50);
    m_opacitySlider->setToolTip(tr("Opacity of the heat map over the image"));
    connect(m_heatmapCheckBox, &QCheckBox::toggled, this, &ClassifyView::showExplanation);
    connect(m_opacitySlider, &QSlider::valueChanged, this, &ClassifyView::showExplanation);
    m_bars->setObjectName("probabilitiesWidget");
    m_barsLayout->setContentsMargins(0, 0, 0, 0);
    connect(m_openButton, &QPushButton::clicked, this, &ClassifyView::openImage);
    connect(m_pasteButton, &QPushButton::clicked, this, &ClassifyView::pasteImage);
    auto* paste = new QShortcut(QKeySequence::Paste, this, this, &ClassifyView::pasteImage);
    paste->setContext(Qt::WidgetWithChildrenShortcut);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_pasteButton);
    buttons->addStretch();
    auto* heatmapRow = new QHBoxLayout;
    heatmapRow->addWidget(m_heatmapCheckBox);
    heatmapRow->addWidget(new QLabel(tr("Opacity:"), this));
    heatmapRow->addWidget(m_opacitySlider, 1);
    auto* imageColumn = new QVBoxLayout;
    imageColumn->addWidget(m_imageLabel, 1);
    imageColumn->addLayout(heatmapRow);
    auto* side = new QVBoxLayout;
    side->addWidget(m_modelLabel);
    side->addLayout(buttons);
    side->addSpacing(12);
    side->addWidget(m_nameLabel);
    side->addWidget(m_predictedLabel);
    side->addWidget(m_bars);
    side->addWidget(m_errorLabel);
    side->addStretch();
    auto* single = new QWidget(this);
    auto* singleLayout = new QHBoxLayout(single);
    singleLayout->setContentsMargins(0, 0, 0, 0);
    singleLayout->addLayout(imageColumn, 3);
    singleLayout->addLayout(side, 2);
    // One image above, a batch of them below: a row double-clicked there is shown large here.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName("classifySplitter");
    splitter->addWidget(single);
    splitter->addWidget(m_batch);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1, 1}); // half each, whatever the window's height
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    // A batch takes two thirds of the height, so that its table shows more than a few rows.
    connect(m_batch->runner(), &JobRunner::started, splitter, [splitter] {
        const int height = splitter->height();
        splitter->setSizes({height / 3, height - height / 3});
    });
    connect(m_batch, &BatchPanel::imageActivated, this, &ClassifyView::classifyFile);
    connect(m_batch, &BatchPanel::statusMessage, this, &ClassifyView::statusMessage);
    setClassifier(std::nullopt, {});
}

// The first 12 hex digits name the model file exactly enough to trace an answer to it.
QString ClassifyView::fingerprintText(const std::string& fingerprint)
{
    return fingerprint.empty() ? tr("Fingerprint: none (an older model file)")
                               : tr("Fingerprint: %1").arg(QString::fromStdString(fingerprint.substr(0, 12)));
}

void ClassifyView::setClassifier(const std::optional<Classifier>& classifier, const QString& modelName)
{
    m_classifier = classifier;
    ++m_request; // a prediction of the previous model is no longer wanted
    m_modelLabel->setText(classifier ? tr("Model: <b>%1</b>").arg(modelName.toHtmlEscaped()) + "<br>" +
                                           fingerprintText(classifier->info().fingerprint)
                                     : tr("No model yet: train one or use File > Open Model."));
    m_openButton->setEnabled(classifier.has_value());
    m_pasteButton->setEnabled(classifier.has_value());
    const bool canExplain = classifier && classifier->canExplain();
    m_heatmapCheckBox->setEnabled(canExplain);
    m_opacitySlider->setEnabled(canExplain);
    m_predictedLabel->clear();
    rebuildBars();
    m_batch->setClassifier(classifier, modelName);
}

void ClassifyView::rebuildBars()
{
    qDeleteAll(m_barList);
    m_barList.clear();
    if (!m_classifier)
        return;
    const std::vector<std::string>& classes = m_classifier->info().classes;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        auto* bar = new QProgressBar(m_bars);
        bar->setObjectName(QString("probability%1ProgressBar").arg(i));
        bar->setRange(0, kBarSteps);
        bar->setValue(0);
        bar->setFormat(toQString(classes[i]));
        m_barsLayout->addWidget(bar);
        m_barList << bar;
    }
}

void ClassifyView::openImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Image"), {},
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)"));
    if (!path.isEmpty())
        classifyFile(path);
}

void ClassifyView::pasteImage()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage())
        classifyImage(qvariant_cast<QImage>(mime->imageData()));
    else if (const QString path = mime ? localImageFile(mime) : QString(); !path.isEmpty())
        classifyFile(path);
    else
        showError(tr("The clipboard holds no image."));
}

void ClassifyView::classifyFile(const QString& path)
{
    // Decoded once here, off the GUI thread, for both the preview and the network.
    classify(QImage(), QFileInfo(path).fileName(), [path] { return decodeImage(toStdString(path)); });
}

void ClassifyView::classifyImage(const QImage& image)
{
    if (image.isNull())
        return showError(tr("The pasted image is empty."));
    classify(image, tr("Pasted image"), [rgb = toRgbImage(image)] { return rgb; });
}

template <typename Work> void ClassifyView::classify(const QImage& shown, const QString& name, Work decode)
{
    if (!m_classifier)
        return showError(tr("There is no model yet: train one or use File > Open Model."));
    const int request = ++m_request;
    m_errorLabel->hide();
    m_predictedLabel->setText(tr("Classifying…"));
    m_nameLabel->setText(name);
    if (!shown.isNull()) {
        m_image = shown;
        m_heatmap.reset();
        showImage(shown);
    }
    struct Result {
        QImage image;
        Prediction prediction;
        std::optional<Heatmap> heatmap;
    };
    runAsync(
        this,
        [classifier = *m_classifier, decode] {
            const RgbImage rgb = decode();
            if (!classifier.canExplain())
                return Result{toQImage(rgb), classifier.predict(rgb), std::nullopt};
            Explanation explanation = classifier.explain(rgb); // the prediction and its map, in one pass
            return Result{toQImage(rgb), explanation.prediction, std::move(explanation.heatmap)};
        },
        [this, request](const Result& result) {
            if (request != m_request)
                return;
            m_image = result.image;
            m_heatmap = result.heatmap;
            // Redrawing the overlay at display size keeps the opacity slider smooth on large images.
            m_overlayBase = toRgbImage(
                result.image.width() > kOverlaySide || result.image.height() > kOverlaySide
                    ? result.image.scaled(kOverlaySide, kOverlaySide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                    : result.image);
            showExplanation();
            showPrediction(result.prediction);
        },
        [this, request](const QString& message) {
            if (request == m_request)
                showError(message);
        });
}

void ClassifyView::showPrediction(const Prediction& prediction)
{
    const std::vector<std::string>& classes = m_classifier->info().classes;
    const QString predicted = toQString(classes[static_cast<std::size_t>(prediction.predictedClass)]);
    m_predictedLabel->setText(predicted);
    for (int i = 0; i < m_barList.size() && i < static_cast<int>(prediction.probabilities.size()); ++i) {
        const double probability = prediction.probabilities[static_cast<std::size_t>(i)];
        m_barList[i]->setValue(static_cast<int>(probability * kBarSteps + 0.5));
        m_barList[i]->setFormat(
            tr("%1: %2%").arg(toQString(classes[static_cast<std::size_t>(i)])).arg(localNumber(100 * probability, 1)));
    }
    emit statusMessage(tr("Predicted: %1").arg(predicted));
}

void ClassifyView::showError(const QString& message)
{
    m_predictedLabel->clear();
    m_errorLabel->setText(tr("Cannot classify: %1").arg(message));
    m_errorLabel->show();
}

void ClassifyView::showImage(const QImage& image)
{
    m_imageLabel->setPixmap(
        QPixmap::fromImage(image).scaled(m_imageLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void ClassifyView::showExplanation()
{
    if (m_image.isNull())
        return;
    if (!m_heatmap || !m_heatmapCheckBox->isChecked())
        return showImage(m_image);
    showImage(toQImage(overlayHeatmap(m_overlayBase, *m_heatmap, m_opacitySlider->value() / 100.0)));
}

void ClassifyView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showExplanation();
}

void ClassifyView::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!localImageFile(mime).isEmpty() || mime->hasImage() || !localDirectory(mime).isEmpty())
        event->acceptProposedAction();
}

void ClassifyView::classifyPath(const QString& path)
{
    if (QFileInfo(path).isDir())
        m_batch->classifyFolder(path);
    else
        classifyFile(path);
}

// One image: shown above. A folder, or several images: the batch below.
void ClassifyView::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    const QStringList images = localImageFiles(mime);
    if (const QString folder = localDirectory(mime); !folder.isEmpty())
        classifyPath(folder);
    else if (images.size() > 1)
        m_batch->classifyFiles(images);
    else if (!images.isEmpty())
        classifyPath(images.front());
    else if (mime->hasImage())
        classifyImage(qvariant_cast<QImage>(mime->imageData()));
    else
        return;
    event->acceptProposedAction();
}

} // namespace tl::ui
