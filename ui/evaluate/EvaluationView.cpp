#include "EvaluationView.h"

#include "LearningCurvePanel.h"
#include "SubgroupPanel.h"

#include "ConfusionTable.h"
#include "EngineBridge.h"
#include "ErrorReviewPanel.h"
#include "JobProgress.h"
#include "JobRunner.h"
#include "ReliabilityPlot.h"
#include "RocThresholdPicker.h"
#include "ThumbnailModel.h"
#include "ThumbnailView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

namespace tl::ui {
namespace {

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

} // namespace

EvaluationView::EvaluationView(QWidget* parent)
    : QWidget(parent), m_source(new QComboBox(this)), m_split(new QComboBox(this)),
      m_evaluateButton(new QPushButton(tr("&Evaluate Dataset"), this)), m_runner(new JobRunner(this)),
      m_progress(new JobProgress(m_runner, "evaluation", this)), m_errorLabel(new QLabel(this)),
      m_accuracy(valueLabel("accuracyValueLabel", this)), m_auc(valueLabel("aucValueLabel", this)),
      m_sensitivity(valueLabel("sensitivityValueLabel", this)),
      m_specificity(valueLabel("specificityValueLabel", this)), m_ppv(valueLabel("ppvValueLabel", this)),
      m_npv(valueLabel("npvValueLabel", this)), m_threshold(valueLabel("thresholdValueLabel", this)),
      m_calibration(valueLabel("calibrationValueLabel", this)), m_perClass(readOnlyTable("metricsTableWidget", this)),
      m_confusion(new ConfusionTable(this)), m_roc(new RocThresholdPicker(this)),
      m_reliability(new ReliabilityPlot(this)), m_cellCaption(new QLabel(this)), m_cellImages(new ThumbnailModel(this)),
      m_cellView(new ThumbnailView(this)), m_review(new ErrorReviewPanel(this)),
      m_learningCurve(new LearningCurvePanel(this)), m_subgroups(new SubgroupPanel(this))
{
    setObjectName("evaluationView");
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
    m_progress->hide();
    connect(m_runner, &JobRunner::stopped, this, [this] {
        m_progress->hide();
        updateEvaluateButton();
    });
    connect(m_runner, &JobRunner::cancelled, this, [this] { emit statusMessage(tr("Evaluation cancelled")); });
    connect(m_runner, &JobRunner::failed, this, [this](const QString& message) {
        m_errorLabel->setText(tr("Evaluation failed: %1").arg(message));
        m_errorLabel->show();
    });
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
    connect(m_confusion, &QTableWidget::cellClicked, this, &EvaluationView::showCell);
    connect(m_roc, &RocThresholdPicker::thresholdChosen, this, &EvaluationView::thresholdChosen);

    m_cellCaption->setObjectName("cellCaptionLabel");
    m_cellCaption->setWordWrap(true);
    m_cellCaption->setText(tr("Click a cell of the confusion matrix to see its images."));
    m_cellView->setObjectName("cellThumbnailListView");
    m_cellView->setModel(m_cellImages);

    auto* matrixBox = new QGroupBox(tr("Confusion matrix"), this);
    (new QVBoxLayout(matrixBox))->addWidget(m_confusion);
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
    curves->addTab(m_roc, tr("ROC Curve"));
    curves->addTab(m_reliability, tr("Reliability Diagram"));
    curves->addTab(m_learningCurve, tr("Learning Curve"));
    auto* images = new QTabWidget(this);
    images->setObjectName("imageTabWidget");
    images->addTab(cellBox, tr("Images of the Selected Cell"));
    images->addTab(m_review, tr("Error Review"));
    images->addTab(m_subgroups, tr("Subgroups"));
    right->addWidget(curves);
    right->addWidget(images);
    right->setSizes({360, 240}); // the curves first (scaled to the height there is)
    right->setChildrenCollapsible(false);
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
}

QWidget* EvaluationView::buildSummary()
{
    auto* box = new QGroupBox(tr("Summary"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Accuracy:"), m_accuracy);
    form->addRow(tr("AUC:"), m_auc);
    form->addRow(tr("Sensitivity:"), m_sensitivity);
    form->addRow(tr("Specificity:"), m_specificity);
    form->addRow(tr("PPV:"), m_ppv);
    form->addRow(tr("NPV:"), m_npv);
    form->addRow(tr("Decision threshold:"), m_threshold);
    form->addRow(tr("Calibration error:"), m_calibration);
    m_calibration->setToolTip(tr("Expected calibration error (10 bins): how far the predicted class's probability "
                                 "is from how often it is right; 0 is perfectly calibrated"));
    m_sensitivity->setToolTip(tr("Recall of the positive class at the decision threshold"));
    m_specificity->setToolTip(tr("Recall of the negative class at the decision threshold"));
    m_ppv->setToolTip(tr("Positive predictive value: the share of the images predicted positive that are positive"));
    m_npv->setToolTip(tr("Negative predictive value: the share of the images predicted negative that are negative"));
    box->setToolTip(tr("In brackets, 95% confidence intervals from %n bootstrap resample(s) of the evaluated "
                       "images, drawn class by class",
                       nullptr, kBootstrapResamples));
    return box;
}

void EvaluationView::addEvaluation(const QString& title, const Evaluation& evaluation, const ScoredSamples& samples)
{
    m_entries.push_back({title, evaluation, samples});
    m_source->addItem(title);
    m_source->setCurrentIndex(m_source->count() - 1);
}

void EvaluationView::showTrainingEvaluations(const QString& name, const std::optional<Evaluation>& validation,
                                             const std::optional<Evaluation>& test)
{
    clearEvaluations();
    if (validation)
        addEvaluation(tr("%1 — validation split").arg(name), *validation);
    if (test)
        addEvaluation(tr("%1 — test split").arg(name), *test);
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
    m_roc->setThresholdSavable(classifier && !classifier->isTorchScriptExport());
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
    m_evaluateButton->setEnabled(m_classifier && m_dataset && !m_runner->isRunning());
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
    if (!m_classifier || !m_dataset || m_runner->isRunning())
        return;
    const Dataset subset = selectedSplit();
    if (subset.images.empty()) {
        m_errorLabel->setText(tr("The dataset has no image in the chosen split."));
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_progress->show();
    emit statusMessage(tr("Evaluating %n image(s)…", nullptr, static_cast<int>(subset.images.size())));
    const QString title = tr("%1 — %2").arg(m_modelName, m_split->currentText());
    m_runner->start<DatasetEvaluation>(
        [classifier = *m_classifier, subset](const Job& job) { return classifier.evaluate(subset, {}, false, job); },
        [this, title](const DatasetEvaluation& result) {
            addEvaluation(title, result.evaluation, result.samples);
            emit statusMessage(tr("Evaluation finished: accuracy %1").arg(metricNumber(result.evaluation.accuracy)));
            emit evaluationFinished();
        });
    updateEvaluateButton();
}

void EvaluationView::showEntry(int index)
{
    m_cellImages->setImages({}, {});
    m_cellCaption->setText(tr("Click a cell of the confusion matrix to see its images."));
    if (index < 0 || index >= evaluationCount()) {
        fillSummary({});
        fillPerClass({});
        m_confusion->setEvaluation({});
        m_roc->setEvaluation({});
        m_reliability->setEvaluation({});
        m_review->setSamples({});
        m_subgroups->setEvaluation({}, {}, {});
        return;
    }
    const Entry& entry = m_entries[static_cast<std::size_t>(index)];
    const Evaluation& evaluation = entry.evaluation;
    fillSummary(evaluation);
    fillPerClass(evaluation);
    m_confusion->setEvaluation(evaluation);
    m_roc->setEvaluation(evaluation);
    m_reliability->setEvaluation(evaluation);
    m_review->setSamples({evaluation.classes, entry.samples, evaluation.predicted});
    m_subgroups->setEvaluation(evaluation, entry.samples, m_dataset ? m_dataset->root : std::string());
}

void EvaluationView::fillSummary(const Evaluation& evaluation)
{
    const bool any = evaluation.count > 0;
    const QString none = QStringLiteral("—");
    m_accuracy->setText(any ? tr("%1, %n image(s)", nullptr, evaluation.count)
                                  .arg(metricWithInterval(evaluation, "accuracy", evaluation.accuracy))
                            : none);
    const bool binary = any && evaluation.binary;
    m_auc->setText(binary ? metricWithInterval(evaluation, "auc", evaluation.auc) : none);
    m_sensitivity->setText(binary ? metricWithInterval(evaluation, "sensitivity", evaluation.sensitivity) : none);
    m_specificity->setText(binary ? metricWithInterval(evaluation, "specificity", evaluation.specificity) : none);
    m_ppv->setText(binary ? metricWithInterval(evaluation, "ppv", evaluation.ppv) : none);
    m_npv->setText(binary ? metricWithInterval(evaluation, "npv", evaluation.npv) : none);
    m_threshold->setText(any && evaluation.binary ? metricNumber(evaluation.threshold) : none);
    m_calibration->setText(any ? metricNumber(evaluation.expectedCalibrationError) : none);
}

void EvaluationView::fillPerClass(const Evaluation& evaluation)
{
    m_perClass->setRowCount(static_cast<int>(evaluation.perClass.size()));
    for (int row = 0; row < m_perClass->rowCount(); ++row) {
        const ClassReport& report = evaluation.perClass[static_cast<std::size_t>(row)];
        const QStringList cells = {toQString(report.name), metricNumber(report.precision), metricNumber(report.recall),
                                   metricNumber(report.f1), QString::number(report.support)};
        for (int column = 0; column < cells.size(); ++column)
            m_perClass->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

double EvaluationView::pickedThreshold() const
{
    return m_roc->pickedThreshold();
}

void EvaluationView::setPickedThreshold(double threshold)
{
    m_roc->setPickedThreshold(threshold);
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
    if (entry.samples.paths.empty()) {
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
    for (std::size_t i = 0; i < entry.samples.paths.size() && i < evaluation.predicted.size(); ++i)
        if (entry.samples.labels[i] == trueClass && evaluation.predicted[i] == predictedClass) {
            const auto split = splitOf.find(entry.samples.paths[i]);
            images.push_back({entry.samples.paths[i], trueClass, split == splitOf.end() ? Split::Test : split->second});
        }
    QStringList classes;
    for (const std::string& name : evaluation.classes)
        classes << toQString(name);
    m_cellCaption->setText(tr("%n image(s) of class “%1” predicted as “%2”.", nullptr, static_cast<int>(images.size()))
                               .arg(trueName, predictedName));
    m_cellImages->setImages(std::move(images), classes);
}

} // namespace tl::ui
