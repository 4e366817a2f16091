#include "SubgroupPanel.h"

#include "EngineBridge.h"
#include "SubgroupMetrics.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {

SubgroupPanel::SubgroupPanel(QWidget* parent)
    : QWidget(parent), m_hint(new QLabel(this)), m_column(new QComboBox(this)), m_table(new QTableWidget(this))
{
    setObjectName("subgroupPanel");
    m_hint->setObjectName("subgroupHintLabel");
    m_hint->setWordWrap(true);
    m_column->setObjectName("subgroupColumnComboBox");
    m_column->setToolTip(tr("The column of the metadata file whose values form the subgroups"));
    m_table->setObjectName("subgroupTable");
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Value"), tr("Images"), tr("Accuracy"), tr("AUC"), tr("Sensitivity"), tr("Specificity")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("By:"), this));
    top->addWidget(m_column, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_column, &QComboBox::currentIndexChanged, this, &SubgroupPanel::fill);
    setMetadata(std::nullopt);
}

void SubgroupPanel::setMetadata(const std::optional<ImageMetadata>& metadata)
{
    m_metadata = metadata;
    const QSignalBlocker blocker(m_column);
    m_column->clear();
    if (metadata)
        for (const std::string& column : metadata->columns)
            if (column != "image" && column != "group")
                m_column->addItem(toQString(column));
    fill();
}

void SubgroupPanel::setEvaluation(const Evaluation& evaluation, const ScoredSamples& samples,
                                  const std::string& datasetRoot)
{
    m_evaluation = evaluation;
    m_samples = samples;
    m_root.root = datasetRoot;
    fill();
}

void SubgroupPanel::fill()
{
    m_table->setRowCount(0);
    if (!m_metadata || m_column->count() == 0) {
        m_hint->setText(tr("Load a metadata file with more columns than image and group (site, sex, age band…) "
                           "with Load Groups in the Data view to see the metrics of each subgroup."));
        return;
    }
    if (m_samples.paths.empty()) {
        m_hint->setText(tr("Use Evaluate Dataset to break an evaluation down by subgroup: a training's stored "
                           "evaluation has no image list."));
        return;
    }
    m_hint->setText(tr("In brackets, 95% confidence intervals; a subgroup too small for one says so."));
    const std::vector<Subgroup> subgroups =
        subgroupEvaluations(m_evaluation, m_samples, m_root, *m_metadata, toStdString(m_column->currentText()));
    m_table->setRowCount(static_cast<int>(subgroups.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Subgroup& subgroup = subgroups[static_cast<std::size_t>(row)];
        const Evaluation& e = subgroup.evaluation;
        auto metric = [&](const std::string& name, double value) {
            return e.binary || name == "accuracy" ? metricWithInterval(e, name, value) : QStringLiteral("—");
        };
        const QStringList cells = {subgroup.value.empty() ? tr("(no value)") : toQString(subgroup.value),
                                   QString::number(e.count),
                                   metric("accuracy", e.accuracy),
                                   metric("auc", e.auc),
                                   metric("sensitivity", e.sensitivity),
                                   metric("specificity", e.specificity)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

} // namespace tl::ui
