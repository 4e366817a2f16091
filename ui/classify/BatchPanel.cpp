#include "BatchPanel.h"

#include "AsyncTask.h"
#include "BatchCsv.h"
#include "BatchReport.h"
#include "BatchTableModel.h"
#include "EngineBridge.h"
#include "Error.h"
#include "JobProgress.h"
#include "JobRunner.h"
#include "Translations.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tl::ui {

BatchPanel::BatchPanel(QWidget* parent)
    : QWidget(parent), m_runner(new JobRunner(this)), m_model(new BatchTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_progress(new JobProgress(m_runner, "batch", this)),
      m_folderButton(new QPushButton(tr("Classify &Folder…"), this)),
      m_csvButton(new QPushButton(tr("Export &CSV…"), this)),
      m_reportButton(new QPushButton(tr("Save &Report…"), this)), m_referOnly(new QCheckBox(tr("Referred only"), this)),
      m_band(new QDoubleSpinBox(this)), m_ruleLabel(new QLabel(this)), m_skippedLabel(new QLabel(this))
{
    setObjectName("batchPanel");
    m_folderButton->setObjectName("batchFolderButton");
    m_folderButton->setToolTip(tr("Classify every image of a folder: the table fills as the results arrive"));
    m_csvButton->setObjectName("batchCsvButton");
    m_reportButton->setObjectName("batchReportButton");
    m_reportButton->setToolTip(tr("A PDF to file or hand on: the model, its metrics, the refer rule and every image"));
    m_referOnly->setObjectName("batchReferOnlyCheckBox");
    m_band->setObjectName("batchReferBandSpinBox");
    m_band->setRange(0.0, 1.0);
    m_band->setSingleStep(0.05);
    m_band->setDecimals(2);
    m_band->setValue(ReferRule{}.band);
    m_band->setToolTip(tr("Also refer images whose probability is up to this much below the model's threshold"));
    m_ruleLabel->setObjectName("batchRuleLabel");
    m_ruleLabel->setWordWrap(true);
    m_skippedLabel->setObjectName("batchSkippedLabel");
    m_skippedLabel->setWordWrap(true);
    m_skippedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setIdleText(tr("Drop a folder or several images here to classify them all"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BatchTableModel::SortRole);
    m_proxy->setFilterRole(BatchTableModel::ReferRole);
    m_proxy->setFilterKeyColumn(BatchTableModel::ReferColumn);
    m_table->setObjectName("batchTable");
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(BatchTableModel::kIconSize, BatchTableModel::kIconSize));
    m_table->verticalHeader()->setDefaultSectionSize(BatchTableModel::kIconSize + 4);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized by the rows on screen: measuring a thousand rows at every chunk would stall the
    // window, and ask for a thousand thumbnails and heat maps nobody looks at.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setSectionResizeMode(BatchTableModel::ImageColumn, QHeaderView::Stretch);
    // The ones to look at first on top.
    m_table->sortByColumn(BatchTableModel::ProbabilityColumn, Qt::DescendingOrder);

    auto* bandLabel = new QLabel(tr("Uncertainty &band:"), this);
    bandLabel->setBuddy(m_band);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_folderButton);
    controls->addWidget(m_referOnly);
    controls->addWidget(bandLabel);
    controls->addWidget(m_band);
    controls->addStretch();
    controls->addWidget(m_csvButton);
    controls->addWidget(m_reportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_ruleLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skippedLabel);

    connect(m_folderButton, &QPushButton::clicked, this, &BatchPanel::chooseFolder);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_reportButton, &QPushButton::clicked, this, [this] { saveReport(); });
    connect(m_referOnly, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setFilterFixedString(only ? QStringLiteral("refer") : QString()); });
    connect(m_band, &QDoubleSpinBox::valueChanged, this, &BatchPanel::refreshRule);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit imageActivated(m_proxy->data(index, BatchTableModel::PathRole).toString());
    });
    connect(m_runner, &JobRunner::stopped, this, [this] {
        m_model->setHeatmapsPaused(false);
        refreshButtons();
    });
    connect(m_runner, &JobRunner::failed, this, &BatchPanel::statusMessage);
    refreshButtons();
}

void BatchPanel::setClassifier(const std::optional<Classifier>& classifier, const QString& modelName)
{
    m_runner->cancel();
    m_classifier = classifier;
    m_modelName = modelName;
    m_model->reset(classifier, currentRule());
    m_skippedLabel->clear();
    refreshRule();
    refreshButtons();
}

void BatchPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Classify a Folder of Images"));
    if (!folder.isEmpty())
        classifyFolder(folder);
}

void BatchPanel::classifyFolder(const QString& folder)
{
    run([path = toStdString(folder)] { return listImageFolder(path, /*recursive=*/true); });
}

void BatchPanel::classifyFiles(const QStringList& files)
{
    ImageFolder listed;
    for (const QString& file : files)
        listed.images.push_back(toStdString(file));
    run([listed] { return listed; });
}

void BatchPanel::run(std::function<ImageFolder()> list)
{
    if (!m_classifier) {
        emit statusMessage(tr("Open or train a model first."));
        return;
    }
    const ReferRule rule = currentRule();
    m_model->reset(m_classifier, rule);
    m_model->setHeatmapsPaused(true);
    m_skippedLabel->clear();
    const Classifier classifier = *m_classifier;
    const bool started = m_runner->start<BatchClassification>(
        [this, classifier, rule, list](const Job& job) -> JobResult<BatchClassification> {
            // Each chunk's rows reach the table on the GUI thread as they come.
            return classifier.classify(list(), rule, job, [this](const std::vector<ClassifiedImage>& chunk) {
                QMetaObject::invokeMethod(
                    this, [this, chunk] { m_model->append(chunk); }, Qt::QueuedConnection);
            });
        },
        [this](const BatchClassification& batch) {
            std::vector<SkippedFile>& skipped = m_model->batch().skipped;
            skipped = batch.skipped;
            QStringList lines;
            for (const SkippedFile& file : skipped)
                lines << toQString(file.path) + ": " + tl::i18n::messageText(file.reason);
            m_skippedLabel->setText(skipped.empty()
                                        ? QString()
                                        : tr("%n file(s) could not be read:", "", static_cast<int>(skipped.size())) +
                                              "\n" + lines.join("\n"));
        });
    if (!started)
        emit statusMessage(tr("A batch is already running."));
    refreshButtons();
}

ReferRule BatchPanel::currentRule() const
{
    return {m_band->value(), ReferRule{}.minimumConfidence};
}

void BatchPanel::refreshRule()
{
    const ReferRule rule = currentRule();
    m_model->setRule(rule);
    if (!m_classifier) {
        m_ruleLabel->clear();
        return;
    }
    const ModelInfo& info = m_classifier->info();
    m_band->setEnabled(info.classes.size() == 2);
    m_ruleLabel->setText(
        info.classes.size() == 2
            ? tr("Refer rule: P(%1) at least %2 (the model's threshold %3 less the band).")
                  .arg(toQString(info.classes[static_cast<std::size_t>(info.positiveClass)]),
                       localNumber(info.result.threshold - rule.band, 2), localNumber(info.result.threshold, 2))
            : tr("Refer rule: a top probability below %1.").arg(localNumber(rule.minimumConfidence, 2)));
}

void BatchPanel::refreshButtons()
{
    const bool idle = !m_runner->isRunning();
    const bool results = idle && m_model->rowCount() > 0;
    m_folderButton->setEnabled(idle && m_classifier.has_value());
    m_csvButton->setEnabled(results);
    m_reportButton->setEnabled(results);
}

void BatchPanel::exportCsv(const QString& path)
{
    const QString target =
        path.isEmpty() ? QFileDialog::getSaveFileName(this, tr("Export CSV"), "cases.csv", tr("CSV (*.csv)")) : path;
    if (target.isEmpty() || !m_classifier)
        return;
    try {
        writeBatchCsv(toStdString(target), m_model->batch(), m_classifier->info());
        emit statusMessage(tr("Saved %1").arg(target));
    } catch (const Error& e) {
        emit statusMessage(tr("Cannot save %1: %2").arg(target, tl::i18n::errorText(e)));
    }
}

void BatchPanel::saveReport(const QString& path)
{
    const QString target =
        path.isEmpty() ? QFileDialog::getSaveFileName(this, tr("Save Report"), "report.pdf", tr("PDF (*.pdf)")) : path;
    if (target.isEmpty() || !m_classifier)
        return;
    const Classifier classifier = *m_classifier;
    const BatchClassification batch = m_model->batch();
    ReportRequest request{m_modelName, currentRule(), ReportHeatmaps::Referred, {}};
    m_reportButton->setEnabled(false);
    runAsync(
        this,
        [target, classifier, batch, request] {
            writeBatchReport(target, classifier, batch, request);
            return target;
        },
        [this](const QString& written) {
            refreshButtons();
            emit statusMessage(tr("Saved %1").arg(written));
        },
        [this, target](const QString& message) {
            refreshButtons();
            emit statusMessage(tr("Cannot save %1: %2").arg(target, message));
        });
}

} // namespace tl::ui
