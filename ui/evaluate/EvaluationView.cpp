#include "EvaluationView.h"

#include "AsyncTask.h"
#include "EngineBridge.h"
#include "ErrorReviewPanel.h"
#include "ThumbnailModel.h"
#include "ThumbnailView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace tl::ui {
namespace {

constexpr int kThresholdSteps = 1000; // the threshold slider's resolution

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidget* readOnlyTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

// Heat-map colour: from the palette's base (0) to its highlight (1), so that light and dark
// themes both read well.
QColor heatColor(double fraction, const QPalette& palette)
{
    const QColor low = palette.color(QPalette::Base), high = palette.color(QPalette::Highlight);
    auto mix = [fraction](int a, int b) { return static_cast<int>(a + (b - a) * fraction); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}

} // namespace

EvaluationView::EvaluationView(QWidget* parent)
    : QWidget(parent), m_source(new QComboBox(this)), m_split(new QComboBox(this)),
      m_evaluateButton(new QPushButton(tr("&Evaluate Dataset"), this)), m_progress(new QProgressBar(this)),
      m_errorLabel(new QLabel(this)), m_accuracy(valueLabel("accuracyValueLabel", this)),
      m_auc(valueLabel("aucValueLabel", this)), m_sensitivity(valueLabel("sensitivityValueLabel", this)),
      m_specificity(valueLabel("specificityValueLabel", this)), m_threshold(valueLabel("thresholdValueLabel", this)),
      m_calibration(valueLabel("calibrationValueLabel", this)), m_perClass(readOnlyTable("metricsTableWidget", this)),
      m_confusion(readOnlyTable("confusionTableWidget", this)), m_roc(new QCustomPlot(this)),
      m_reliability(new QCustomPlot(this)), m_thresholdSlider(new QSlider(Qt::Horizontal, this)),
      m_operatingPoint(new QLabel(this)),
      m_useThresholdButton(new QPushButton(tr("&Use as the Model's Threshold"), this)), m_cellCaption(new QLabel(this)),
      m_cellImages(new ThumbnailModel(this)), m_cellView(new ThumbnailView(this)), m_review(new ErrorReviewPanel(this))
{
    m_source->setObjectName("evaluationSourceComboBox");
    m_source->setToolTip(tr("The evaluation to show"));
    m_source->setMinimumContentsLength(30);
    m_split->setObjectName("evaluateSplitComboBox");
    m_split->setToolTip(tr("The images of the open dataset to evaluate the current model on"));
    m_split->addItem(tr("Test split"), static_cast<int>(Split::Test));
    m_split->addItem(tr("Validation split"), static_cast<int>(Split::Validation));
    m_split->addItem(tr("Training split"), static_cast<int>(Split::Train));
    m_split->addItem(tr("All images"), -1);
    m_evaluateButton->setObjectName("evaluateButton");
    m_evaluateButton->setToolTip(tr("Run the current model over the chosen images of the open dataset"));
    m_progress->setObjectName("evaluationProgressBar");
    m_progress->hide();
    m_errorLabel->setObjectName("evaluationErrorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet("QLabel { color: #c0392b; }");
    m_errorLabel->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Show:"), this));
    header->addWidget(m_source, 1);
    header->addSpacing(24);
    header->addWidget(m_split);
    header->addWidget(m_evaluateButton);
    header->addWidget(m_progress);

    m_perClass->setColumnCount(5);
    m_perClass->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Images")});
    m_perClass->verticalHeader()->hide();
    // The numbers take their width; the class name takes the rest, so that it is never cut to "…".
    m_perClass->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_perClass->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_confusion->setToolTip(tr("Rows: true class; columns: predicted class. Click a cell to see its images."));
    m_confusion->setSelectionMode(QAbstractItemView::SingleSelection);
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_confusion->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_confusion, &QTableWidget::cellClicked, this, &EvaluationView::showCell);

    m_roc->setObjectName("rocPlot");
    m_roc->setMinimumSize(260, 220);
    m_roc->setInteractions(QCP::iRangeZoom); // a drag moves the threshold marker instead
    m_roc->setToolTip(tr("Click or drag along the curve to pick a decision threshold"));
    m_roc->xAxis->setLabel(tr("False positive rate"));
    m_roc->yAxis->setLabel(tr("True positive rate"));
    m_roc->xAxis->setRange(0, 1);
    m_roc->yAxis->setRange(0, 1.02);
    m_roc->legend->setVisible(true);
    m_roc->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_roc->addGraph()->setPen(QPen(QColor(31, 119, 180), 2));
    m_roc->addGraph()->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    m_roc->graph(1)->setName(tr("Chance"));
    m_roc->graph(1)->setData({0, 1}, {0, 1});
    m_roc->setBackground(palette().color(QPalette::Base));
    QCPGraph* marker = m_roc->addGraph();
    marker->setName(tr("Threshold"));
    marker->setLineStyle(QCPGraph::lsNone);
    marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(214, 39, 40), 10));
    connect(m_roc, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { pickThresholdAt(event->position()); });
    connect(m_roc, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() & Qt::LeftButton)
            pickThresholdAt(event->position());
    });
    m_thresholdSlider->setObjectName("thresholdSlider");
    m_thresholdSlider->setRange(0, kThresholdSteps);
    m_thresholdSlider->setToolTip(tr("Decision threshold: the positive class is predicted when its probability "
                                     "reaches it"));
    connect(m_thresholdSlider, &QSlider::valueChanged, this, &EvaluationView::showOperatingPoint);
    m_operatingPoint->setObjectName("operatingPointLabel");
    m_operatingPoint->setWordWrap(true);
    m_useThresholdButton->setObjectName("useThresholdButton");
    m_useThresholdButton->setToolTip(tr("Save this threshold into the current model: Classify, predict and the "
                                        "exports then use it"));
    connect(m_useThresholdButton, &QPushButton::clicked, this, [this] { emit thresholdChosen(pickedThreshold()); });

    m_reliability->setObjectName("reliabilityPlot");
    m_reliability->setToolTip(tr("Reliability diagram: how often the predicted class is right (bars) against how "
                                 "confident the model was (diagonal: perfect calibration)"));
    m_reliability->xAxis->setLabel(tr("Confidence"));
    m_reliability->yAxis->setLabel(tr("Accuracy"));
    m_reliability->xAxis->setRange(0, 1);
    m_reliability->yAxis->setRange(0, 1.02);
    m_reliability->setBackground(palette().color(QPalette::Base));
    m_reliability->legend->setVisible(true);
    m_reliability->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    auto* accuracyBars = new QCPBars(m_reliability->xAxis, m_reliability->yAxis);
    accuracyBars->setName(tr("Accuracy"));
    accuracyBars->setWidth(0.1);
    accuracyBars->setPen(QPen(QColor(31, 119, 180)));
    accuracyBars->setBrush(QColor(31, 119, 180, 140));
    m_reliability->addGraph()->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    m_reliability->graph(0)->setName(tr("Perfect calibration"));
    m_reliability->graph(0)->setData({0, 1}, {0, 1});

    m_cellCaption->setObjectName("cellCaptionLabel");
    m_cellCaption->setWordWrap(true);
    m_cellCaption->setText(tr("Click a cell of the confusion matrix to see its images."));
    m_cellView->setObjectName("cellThumbnailListView");
    m_cellView->setModel(m_cellImages);

    auto* matrixBox = new QGroupBox(tr("Confusion matrix"), this);
    (new QVBoxLayout(matrixBox))->addWidget(m_confusion);
    auto* rocBox = new QWidget(this);
    auto* rocLayout = new QVBoxLayout(rocBox);
    rocLayout->addWidget(m_roc, 1);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(new QLabel(tr("Threshold:"), this));
    thresholdRow->addWidget(m_thresholdSlider, 1);
    thresholdRow->addWidget(m_useThresholdButton);
    rocLayout->addLayout(thresholdRow);
    rocLayout->addWidget(m_operatingPoint);
    auto* cellBox = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cellBox);
    cellLayout->addWidget(m_cellCaption);
    cellLayout->addWidget(m_cellView);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildSummary());
    leftLayout->addWidget(m_perClass, 1);
    leftLayout->addWidget(matrixBox, 2);
    auto* right = new QSplitter(Qt::Vertical, this);
    auto* curves = new QTabWidget(this);
    curves->setObjectName("curveTabWidget");
    curves->addTab(rocBox, tr("ROC Curve"));
    curves->addTab(m_reliability, tr("Reliability Diagram"));
    auto* images = new QTabWidget(this);
    images->setObjectName("imageTabWidget");
    images->addTab(cellBox, tr("Images of the Selected Cell"));
    images->addTab(m_review, tr("Error Review"));
    right->addWidget(curves);
    right->addWidget(images);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_errorLabel);
    layout->addWidget(splitter, 1);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EvaluationView::showEntry);
    connect(m_evaluateButton, &QPushButton::clicked, this, &EvaluationView::evaluateDataset);
    updateEvaluateButton();
    showOperatingPoint();
}

QWidget* EvaluationView::buildSummary()
{
    auto* box = new QGroupBox(tr("Summary"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Accuracy:"), m_accuracy);
    form->addRow(tr("AUC:"), m_auc);
    form->addRow(tr("Sensitivity:"), m_sensitivity);
    form->addRow(tr("Specificity:"), m_specificity);
    form->addRow(tr("Decision threshold:"), m_threshold);
    form->addRow(tr("Calibration error:"), m_calibration);
    m_calibration->setToolTip(tr("Expected calibration error (10 bins): how far the predicted class's probability "
                                 "is from how often it is right; 0 is perfectly calibrated"));
    m_sensitivity->setToolTip(tr("Recall of the positive class at the decision threshold"));
    m_specificity->setToolTip(tr("Recall of the negative class at the decision threshold"));
    return box;
}

void EvaluationView::addEvaluation(const QString& title, const Evaluation& evaluation,
                                   const std::vector<std::string>& paths, const std::vector<int>& labels,
                                   const std::vector<std::vector<double>>& probabilities)
{
    m_entries.push_back({title, evaluation, paths, labels, probabilities});
    m_source->addItem(title);
    m_source->setCurrentIndex(m_source->count() - 1);
}

void EvaluationView::clearEvaluations()
{
    m_entries.clear();
    m_source->clear();
}

void EvaluationView::setClassifier(const std::optional<Classifier>& classifier, const QString& modelName)
{
    m_classifier = classifier;
    m_modelName = modelName;
    m_review->setClassifier(classifier);
    updateEvaluateButton();
    showOperatingPoint();
}

void EvaluationView::setDataset(const Dataset& dataset)
{
    m_dataset = dataset;
    m_review->setDatasetRoot(dataset.root);
    m_split->setCurrentIndex(
        m_split->findData(static_cast<int>(dataset.hasTestFolder ? Split::Test : Split::Validation)));
    updateEvaluateButton();
}

void EvaluationView::updateEvaluateButton()
{
    m_evaluateButton->setEnabled(m_classifier && m_dataset && !m_evaluating);
}

Dataset EvaluationView::selectedSplit() const
{
    Dataset subset = *m_dataset;
    const int split = m_split->currentData().toInt();
    if (split >= 0)
        subset.images.erase(
            std::remove_if(subset.images.begin(), subset.images.end(),
                           [split](const ImageEntry& image) { return static_cast<int>(image.split) != split; }),
            subset.images.end());
    return subset;
}

void EvaluationView::evaluateDataset()
{
    if (!m_classifier || !m_dataset || m_evaluating)
        return;
    const Dataset subset = selectedSplit();
    if (subset.images.empty()) {
        m_errorLabel->setText(tr("The dataset has no image in the chosen split."));
        m_errorLabel->show();
        return;
    }
    m_evaluating = true;
    updateEvaluateButton();
    m_errorLabel->hide();
    m_progress->setRange(0, static_cast<int>(subset.images.size()));
    m_progress->setValue(0);
    m_progress->show();
    emit statusMessage(tr("Evaluating %n image(s)…", nullptr, static_cast<int>(subset.images.size())));
    const QString title = tr("%1 — %2").arg(m_modelName, m_split->currentText());
    QPointer<QProgressBar> progress(m_progress);
    auto onProgress = [progress](std::size_t done, std::size_t) {
        QMetaObject::invokeMethod(
            progress, [progress, done] { progress->setValue(static_cast<int>(done)); }, Qt::QueuedConnection);
        return true;
    };
    auto finish = [this] {
        m_evaluating = false;
        m_progress->hide();
        updateEvaluateButton();
    };
    runAsync(
        this, [classifier = *m_classifier, subset, onProgress] { return classifier.evaluate(subset, {}, onProgress); },
        [this, title, finish](const DatasetEvaluation& result) {
            finish();
            addEvaluation(title, result.evaluation, result.paths, result.labels, result.probabilities);
            emit statusMessage(tr("Evaluation finished: accuracy %1").arg(number(result.evaluation.accuracy)));
            emit evaluationFinished();
        },
        [this, finish](const QString& message) {
            finish();
            m_errorLabel->setText(tr("Evaluation failed: %1").arg(message));
            m_errorLabel->show();
        });
}

void EvaluationView::showEntry(int index)
{
    m_cellImages->setImages({}, {});
    m_cellCaption->setText(tr("Click a cell of the confusion matrix to see its images."));
    if (index < 0 || index >= evaluationCount()) {
        fillSummary({});
        fillPerClass({});
        fillConfusion({});
        fillRoc({});
        fillReliability({});
        m_review->setSamples({});
        return;
    }
    const Entry& entry = m_entries[static_cast<std::size_t>(index)];
    const Evaluation& evaluation = entry.evaluation;
    fillSummary(evaluation);
    fillPerClass(evaluation);
    fillConfusion(evaluation);
    fillRoc(evaluation);
    fillReliability(evaluation);
    m_review->setSamples({evaluation.classes, entry.paths, entry.labels, evaluation.predicted, entry.probabilities});
}

void EvaluationView::fillSummary(const Evaluation& evaluation)
{
    const bool any = evaluation.count > 0;
    const QString none = QStringLiteral("—");
    m_accuracy->setText(any ? tr("%1 (%n image(s))", nullptr, evaluation.count).arg(number(evaluation.accuracy))
                            : none);
    m_auc->setText(any && evaluation.binary ? number(evaluation.auc) : none);
    m_sensitivity->setText(any && evaluation.binary ? number(evaluation.sensitivity) : none);
    m_specificity->setText(any && evaluation.binary ? number(evaluation.specificity) : none);
    m_threshold->setText(any && evaluation.binary ? number(evaluation.threshold) : none);
    m_calibration->setText(any ? number(evaluation.expectedCalibrationError) : none);
}

void EvaluationView::fillPerClass(const Evaluation& evaluation)
{
    m_perClass->setRowCount(static_cast<int>(evaluation.perClass.size()));
    for (int row = 0; row < m_perClass->rowCount(); ++row) {
        const ClassReport& report = evaluation.perClass[static_cast<std::size_t>(row)];
        const QStringList cells = {toQString(report.name), number(report.precision), number(report.recall),
                                   number(report.f1), QString::number(report.support)};
        for (int column = 0; column < cells.size(); ++column)
            m_perClass->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void EvaluationView::fillConfusion(const Evaluation& evaluation)
{
    const int classes = static_cast<int>(evaluation.classes.size());
    m_confusion->clear();
    m_confusion->setRowCount(classes);
    m_confusion->setColumnCount(classes);
    QStringList trueNames, predictedNames;
    for (const std::string& name : evaluation.classes) {
        trueNames << tr("true: %1").arg(toQString(name));
        predictedNames << tr("predicted: %1").arg(toQString(name));
    }
    m_confusion->setVerticalHeaderLabels(trueNames);
    m_confusion->setHorizontalHeaderLabels(predictedNames);
    for (int row = 0; row < classes; ++row) {
        const std::vector<int>& counts = evaluation.confusion[static_cast<std::size_t>(row)];
        const int rowTotal = std::accumulate(counts.begin(), counts.end(), 0);
        for (int column = 0; column < classes; ++column) {
            const int count = counts[static_cast<std::size_t>(column)];
            const double fraction = rowTotal > 0 ? static_cast<double>(count) / rowTotal : 0.0;
            auto* item = new QTableWidgetItem(tr("%1\n(%2%)").arg(count).arg(100 * fraction, 0, 'f', 0));
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(Qt::UserRole, count);
            item->setBackground(heatColor(fraction, palette()));
            item->setForeground(palette().color(fraction > 0.5 ? QPalette::HighlightedText : QPalette::Text));
            m_confusion->setItem(row, column, item);
        }
    }
}

void EvaluationView::fillRoc(const Evaluation& evaluation)
{
    QVector<double> x, y;
    for (const RocPoint& point : evaluation.roc) {
        x << point.falsePositiveRate;
        y << point.truePositiveRate;
    }
    // The ROC points come ordered by threshold, not by x: keep that order (a curve, not a graph).
    m_roc->graph(0)->setData(x, y, /*alreadySorted=*/true);
    m_roc->graph(0)->setName(evaluation.binary ? tr("ROC (AUC = %1)").arg(number(evaluation.auc)) : tr("ROC"));
    m_roc->setEnabled(evaluation.binary);
    m_thresholdSlider->setEnabled(evaluation.binary);
    const QSignalBlocker blocker(m_thresholdSlider);
    m_thresholdSlider->setValue(static_cast<int>(std::lround(evaluation.threshold * kThresholdSteps)));
    showOperatingPoint();
}

void EvaluationView::fillReliability(const Evaluation& evaluation)
{
    QVector<double> confidence, accuracy;
    for (const ReliabilityBin& bin : evaluation.reliability)
        if (bin.count > 0) { // an empty bin has no accuracy, not an accuracy of 0
            confidence << (bin.lower + bin.upper) / 2;
            accuracy << bin.accuracy;
        }
    auto* bars = qobject_cast<QCPBars*>(m_reliability->plottable(0));
    bars->setData(confidence, accuracy);
    bars->setName(evaluation.count > 0 ? tr("Accuracy (ECE = %1)").arg(number(evaluation.expectedCalibrationError))
                                       : tr("Accuracy"));
    m_reliability->replot();
}

void EvaluationView::showCell(int trueClass, int predictedClass)
{
    const int index = m_source->currentIndex();
    if (index < 0 || index >= evaluationCount())
        return;
    const Entry& entry = m_entries[static_cast<std::size_t>(index)];
    const Evaluation& evaluation = entry.evaluation;
    if (trueClass != predictedClass)
        m_review->showCell(trueClass, predictedClass);
    const QString trueName = toQString(evaluation.classes[static_cast<std::size_t>(trueClass)]);
    const QString predictedName = toQString(evaluation.classes[static_cast<std::size_t>(predictedClass)]);
    if (entry.paths.empty()) {
        m_cellImages->setImages({}, {});
        m_cellCaption->setText(tr("This evaluation comes from training and has no image list: use "
                                  "Evaluate Dataset to browse the images of each cell."));
        return;
    }
    std::unordered_map<std::string, Split> splitOf; // for the thumbnails' tooltips
    if (m_dataset)
        for (const ImageEntry& image : m_dataset->images)
            splitOf.emplace(image.path, image.split);
    std::vector<ImageEntry> images;
    for (std::size_t i = 0; i < entry.paths.size() && i < evaluation.predicted.size(); ++i)
        if (entry.labels[i] == trueClass && evaluation.predicted[i] == predictedClass) {
            const auto split = splitOf.find(entry.paths[i]);
            images.push_back({entry.paths[i], trueClass, split == splitOf.end() ? Split::Test : split->second});
        }
    QStringList classes;
    for (const std::string& name : evaluation.classes)
        classes << toQString(name);
    m_cellCaption->setText(tr("%n image(s) of class “%1” predicted as “%2”.", nullptr, static_cast<int>(images.size()))
                               .arg(trueName, predictedName));
    m_cellImages->setImages(std::move(images), classes);
}

const Evaluation* EvaluationView::currentEvaluation() const
{
    const int index = m_source->currentIndex();
    return index >= 0 && index < evaluationCount() ? &m_entries[static_cast<std::size_t>(index)].evaluation : nullptr;
}

double EvaluationView::pickedThreshold() const
{
    return static_cast<double>(m_thresholdSlider->value()) / kThresholdSteps;
}

void EvaluationView::setPickedThreshold(double threshold)
{
    m_thresholdSlider->setValue(static_cast<int>(std::lround(std::clamp(threshold, 0.0, 1.0) * kThresholdSteps)));
}

void EvaluationView::pickThresholdAt(const QPointF& pixel)
{
    const Evaluation* evaluation = currentEvaluation();
    if (!evaluation || !evaluation->binary)
        return;
    double best = std::numeric_limits<double>::max();
    double threshold = evaluation->threshold;
    for (const RocPoint& point : evaluation->roc) {
        const double dx = m_roc->xAxis->coordToPixel(point.falsePositiveRate) - pixel.x();
        const double dy = m_roc->yAxis->coordToPixel(point.truePositiveRate) - pixel.y();
        if (std::isfinite(point.threshold) && dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            threshold = point.threshold;
        }
    }
    setPickedThreshold(threshold);
}

void EvaluationView::showOperatingPoint()
{
    const Evaluation* evaluation = currentEvaluation();
    const bool binary = evaluation && evaluation->binary;
    m_useThresholdButton->setEnabled(binary && m_classifier && !m_classifier->isTorchScriptExport());
    if (!binary) {
        m_roc->graph(2)->data()->clear();
        m_operatingPoint->setText(tr("The threshold picker needs a two-class evaluation."));
        m_roc->replot();
        return;
    }
    const OperatingPoint point = operatingPointAt(*evaluation, pickedThreshold());
    m_roc->graph(2)->setData({point.falsePositiveRate}, {point.sensitivity});
    m_roc->replot();
    m_operatingPoint->setText(tr("At threshold %1: sensitivity %2, specificity %3, PPV %4, NPV %5")
                                  .arg(number(point.threshold), number(point.sensitivity), number(point.specificity),
                                       number(point.positivePredictiveValue), number(point.negativePredictiveValue)));
}

} // namespace tl::ui
