#include "CrossValidationDialog.h"

#include "EngineBridge.h"
#include "JobProgress.h"
#include "JobRunner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {
namespace {

// The metric names the engine uses, in words.
QString metricDisplayName(const std::string& name)
{
    const QString recallPrefix = QStringLiteral("recall_");
    const QString text = toQString(name);
    if (text.startsWith(recallPrefix))
        return CrossValidationDialog::tr("Recall of “%1”").arg(text.mid(recallPrefix.size()));
    if (name == "accuracy")
        return CrossValidationDialog::tr("Accuracy");
    if (name == "loss")
        return CrossValidationDialog::tr("Loss (cross-entropy)");
    if (name == "calibration_error")
        return CrossValidationDialog::tr("Calibration error (ECE)");
    if (name == "auc")
        return CrossValidationDialog::tr("AUC");
    if (name == "sensitivity")
        return CrossValidationDialog::tr("Sensitivity");
    if (name == "specificity")
        return CrossValidationDialog::tr("Specificity");
    return text;
}

} // namespace

CrossValidationDialog::CrossValidationDialog(Dataset dataset, TrainConfig config, QWidget* parent)
    : QDialog(parent), m_dataset(std::move(dataset)), m_config(std::move(config)), m_runner(new JobRunner(this)),
      m_folds(new QSpinBox(this)), m_startButton(new QPushButton(tr("&Start"), this)),
      m_progress(new JobProgress(m_runner, "crossValidation", this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName("crossValidationDialog");
    setWindowTitle(tr("Cross-Validate"));
    m_folds->setObjectName("foldsSpinBox");
    m_folds->setRange(kMinFolds, kMaxFolds);
    m_folds->setValue(5);
    m_folds->setToolTip(tr("The training images are split into this many parts, class by class; each part is held "
                           "out once while a head is trained on the others"));
    m_startButton->setObjectName("startCrossValidationButton");
    m_startButton->setDefault(true);
    m_progress->hide();
    m_status->setObjectName("crossValidationStatusLabel");
    m_status->setWordWrap(true);
    m_status->setText(tr("Each fold trains for the Train view's epochs, without early stopping, on cached features."));
    m_table->setObjectName("crossValidationTable");
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Mean"), tr("Standard deviation")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* form = new QFormLayout;
    form->addRow(tr("&Folds:"), m_folds);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_startButton, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_startButton, &QPushButton::clicked, this, &CrossValidationDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CrossValidationDialog::reject);
    connect(m_runner, &JobRunner::stopped, this, [this] { setRunning(false); });
    connect(m_runner, &JobRunner::cancelled, this, [this] { m_status->setText(tr("Cancelled.")); });
    connect(m_runner, &JobRunner::failed, this, [this](const QString& message) {
        m_status->setText(tr("Cross-validation failed: %1").arg(message));
        emit crossValidationFailed(message);
    });
    resize(560, 420);
}

// The runner, a child, cancels a run still going and waits for it: within one batch.
CrossValidationDialog::~CrossValidationDialog() = default;

bool CrossValidationDialog::isRunning() const
{
    return m_runner->isRunning();
}

void CrossValidationDialog::setRunning(bool running)
{
    m_startButton->setEnabled(!running);
    m_folds->setEnabled(!running);
    m_progress->setVisible(running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running); // the run's own Cancel stops it
}

void CrossValidationDialog::start()
{
    if (isRunning())
        return;
    setRunning(true);
    m_table->setRowCount(0);
    m_status->clear();
    m_runner->start<CrossValidationOutcome>([dataset = m_dataset, config = m_config, folds = m_folds->value()](
                                                const Job& job) { return crossValidate(dataset, config, folds, job); },
                                            [this](const CrossValidationOutcome& outcome) {
                                                showOutcome(outcome);
                                                emit crossValidationFinished(outcome);
                                            });
}

void CrossValidationDialog::showOutcome(const CrossValidationOutcome& outcome)
{
    m_status->setText(
        tr("%n fold(s); features: %1 computed, %2 from the cache.", nullptr, static_cast<int>(outcome.perFold.size()))
            .arg(outcome.featuresComputed)
            .arg(outcome.featuresFromCache));
    m_table->setColumnCount(4 + static_cast<int>(outcome.perFold.size()));
    QStringList headers = {tr("Metric"), tr("Mean"), tr("Standard deviation"), tr("All folds' images (95% CI)")};
    for (std::size_t fold = 0; fold < outcome.perFold.size(); ++fold)
        headers << tr("Fold %1").arg(fold + 1);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(outcome.metrics.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const MetricSpread& metric = outcome.metrics[static_cast<std::size_t>(row)];
        const std::optional<double> pooled = metricNamed(outcome.pooled, metric.name);
        QStringList cells = {metricDisplayName(metric.name), metricNumber(metric.mean),
                             metricNumber(metric.standardDeviation),
                             pooled ? metricWithInterval(outcome.pooled, metric.name, *pooled) : QString()};
        for (double value : metric.perFold)
            cells << metricNumber(value);
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void CrossValidationDialog::reject()
{
    if (isRunning()) {
        m_progress->cancelButton()->click();
        return;
    }
    QDialog::reject();
}

} // namespace tl::ui
