#include "RunHistory.h"

#include "RunRecords.h"
#include "TrainingForm.h"

#include <QDialog>
#include <QMessageBox>
#include <QFile>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace tl::ui {

namespace {

QString metricText(const std::optional<Evaluation>& evaluation, double Evaluation::*field)
{
    return evaluation ? metricNumber(*evaluation.*field) : QStringLiteral("—");
}

// An option's value as the Train view shows it: a choice's label, "yes" or "no", a number.
QString optionDisplayText(const TrainOption& option, const OptionValue& value)
{
    if (option.kind == OptionKind::Choice)
        for (const OptionChoice& choice : option.choices)
            if (choice.value == std::get<std::string>(value))
                return TrainingForm::translated(choice.label);
    if (const auto* on = std::get_if<bool>(&value))
        return *on ? RunHistory::tr("yes") : RunHistory::tr("no");
    return toQString(optionText(value));
}

} // namespace

RunHistory::RunHistory(RunRecords* runs, QWidget* parent)
    : QWidget(parent), m_runs(runs), m_list(new QListWidget(this)),
      m_reopenButton(new QPushButton(tr("Show &Run"), this)), m_compareButton(new QPushButton(tr("&Compare"), this)),
      m_deleteButton(new QPushButton(tr("&Delete…"), this))
{
    m_list->setObjectName("runHistoryListWidget");
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reopenButton->setObjectName("reopenRunButton");
    m_reopenButton->setToolTip(tr("Show the selected run's options, curves and metrics again"));
    m_reopenButton->setEnabled(false);
    m_compareButton->setObjectName("compareRunsButton");
    m_compareButton->setToolTip(tr("Show the selected runs' options and metrics side by side"));
    m_compareButton->setEnabled(false);
    m_deleteButton->setObjectName("deleteRunsButton");
    m_deleteButton->setToolTip(tr("Remove the selected runs from the history, and their model files if you choose"));
    m_deleteButton->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_reopenButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Run history:"), this));
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_reopenButton->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        m_compareButton->setEnabled(m_list->selectedItems().size() >= 2);
        m_deleteButton->setEnabled(!m_list->selectedItems().isEmpty());
    });
    connect(m_compareButton, &QPushButton::clicked, this, &RunHistory::compareSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RunHistory::deleteSelected);
    connect(m_runs, &RunRecords::changed, this, &RunHistory::showRuns);
    showRuns();
    connect(m_list, &QListWidget::itemActivated, this, [this] { reopen(m_list->currentRow()); });
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { reopen(m_list->currentRow()); });
}

QString RunHistory::describe(const RunRecord& run)
{
    const Evaluation* shown = run.result.test         ? &*run.result.test
                              : run.result.validation ? &*run.result.validation
                                                      : nullptr;
    QString accuracy = shown ? tr("accuracy %1").arg(localNumber(shown->accuracy, 3)) : tr("no evaluation");
    if (run.result.frozenValidation && run.result.validation)
        accuracy += ' ' + tr("(fine-tuned; validation %1, frozen %2)")
                              .arg(localNumber(run.result.validation->accuracy, 3))
                              .arg(localNumber(run.result.frozenValidation->accuracy, 3));
    return tr("%1 — %2, %3 px, %n epoch(s), lr %4 — %5", nullptr, static_cast<int>(run.result.history.size()))
        .arg(run.finishedAt.toString("HH:mm:ss"), QFileInfo(run.modelPath).fileName())
        .arg(run.config.imageSize)
        .arg(run.config.learningRate)
        .arg(accuracy);
}

void RunHistory::showRuns()
{
    m_list->clear();
    for (int i = 0; i < m_runs->count(); ++i)
        m_list->addItem(describe(m_runs->at(i)));
    m_list->setToolTip(m_runs->saveError().isEmpty()
                           ? tr("Finished runs; double-click one to show its options, curves and metrics, or "
                                "select several and compare them")
                           : m_runs->saveError());
}

void RunHistory::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete Runs"),
                                tr("Remove %n run(s) from the history?", nullptr, static_cast<int>(rows.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName("deleteRunsMessageBox");
    box->setCheckBox(new QCheckBox(tr("Also delete their model files (cannot be undone)"), box));
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, rows](QAbstractButton* clicked) {
        if (clicked == remove)
            m_runs->remove(rows, box->checkBox()->isChecked());
    });
    box->open();
}

std::vector<RunHistory::ComparisonRow> RunHistory::comparison(const std::vector<const RunRecord*>& runs)
{
    auto row = [&](const QString& name, const std::function<QString(const RunRecord&)>& value) {
        QStringList values;
        for (const RunRecord* run : runs)
            values << value(*run);
        return ComparisonRow{name, values};
    };
    std::vector<ComparisonRow> options = {
        row(tr("Model"), [](const RunRecord& r) { return QFileInfo(r.modelPath).fileName(); })};
    for (const TrainOption& option : trainOptions())
        options.push_back(row(TrainingForm::translated(option.label), [&option](const RunRecord& r) {
            return optionDisplayText(option, option.get(r.config));
        }));
    // Options that are the same in every run say nothing about the difference.
    std::vector<ComparisonRow> rows;
    for (const ComparisonRow& option : options)
        if (QSet<QString>(option.second.begin(), option.second.end()).size() > 1)
            rows.push_back(option);
    rows.push_back(row(tr("Epochs run"), [](const RunRecord& r) { return QString::number(r.result.history.size()); }));
    rows.push_back(row(tr("Validation accuracy"),
                       [](const RunRecord& r) { return metricText(r.result.validation, &Evaluation::accuracy); }));
    rows.push_back(row(tr("Validation AUC"),
                       [](const RunRecord& r) { return metricText(r.result.validation, &Evaluation::auc); }));
    // A fine-tuned run carries its own frozen baseline: the same split before block 5 was trained.
    if (std::any_of(runs.begin(), runs.end(),
                    [](const RunRecord* r) { return r->result.frozenValidation.has_value(); })) {
        rows.push_back(row(tr("Validation accuracy before fine-tuning"), [](const RunRecord& r) {
            return metricText(r.result.frozenValidation, &Evaluation::accuracy);
        }));
        rows.push_back(row(tr("Validation AUC before fine-tuning"),
                           [](const RunRecord& r) { return metricText(r.result.frozenValidation, &Evaluation::auc); }));
    }
    rows.push_back(
        row(tr("Test accuracy"), [](const RunRecord& r) { return metricText(r.result.test, &Evaluation::accuracy); }));
    rows.push_back(row(tr("Test AUC"), [](const RunRecord& r) { return metricText(r.result.test, &Evaluation::auc); }));
    rows.push_back(row(tr("Test sensitivity"),
                       [](const RunRecord& r) { return metricText(r.result.test, &Evaluation::sensitivity); }));
    rows.push_back(row(tr("Test specificity"),
                       [](const RunRecord& r) { return metricText(r.result.test, &Evaluation::specificity); }));
    return rows;
}

void RunHistory::compareSelected()
{
    std::vector<const RunRecord*> runs;
    QStringList headers;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows()) {
        runs.push_back(&m_runs->at(index.row()));
        headers << runs.back()->finishedAt.toString("yyyy-MM-dd HH:mm");
    }
    if (runs.size() < 2)
        return;
    const std::vector<ComparisonRow> rows = comparison(runs);
    auto* dialog = new QDialog(this);
    dialog->setObjectName("runComparisonDialog");
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare Runs"));
    auto* table = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(runs.size()), dialog);
    table->setObjectName("runComparisonTable");
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        table->setVerticalHeaderItem(r, new QTableWidgetItem(rows[static_cast<std::size_t>(r)].first));
        for (int c = 0; c < static_cast<int>(runs.size()); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[static_cast<std::size_t>(r)].second.value(c)));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(close);
    dialog->resize(720, 480);
    dialog->open();
}

void RunHistory::reopen(int index)
{
    if (index >= 0 && index < m_runs->count())
        emit reopened(m_runs->at(index));
}

} // namespace tl::ui
