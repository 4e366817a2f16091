#include "LeakagePanel.h"

#include "EngineBridge.h"
#include "Error.h"
#include "ImageGroups.h"
#include "JobProgress.h"
#include "JobRunner.h"
#include "ReviewMarks.h"
#include "ThumbnailModel.h"
#include "ThumbnailView.h"
#include "Translations.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tl::ui {
namespace {

enum Column { kSimilarity, kFirst, kSecond, kCrosses, kClasses, kColumns };

} // namespace

LeakagePanel::LeakagePanel(QWidget* parent)
    : QWidget(parent), m_runner(new JobRunner(this)), m_progress(new JobProgress(m_runner, "leakage", this)),
      m_findButton(new QPushButton(tr("Find &Duplicates"), this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_pair(new ThumbnailModel(this)), m_pairView(new ThumbnailView(this)),
      m_excludeFirst(new QPushButton(tr("Exclude the &First"), this)),
      m_excludeSecond(new QPushButton(tr("Exclude the &Second"), this)),
      m_groupButton(new QPushButton(tr("Put Both in One &Group"), this))
{
    setObjectName("leakagePanel");
    m_findButton->setObjectName("findDuplicatesButton");
    m_findButton->setToolTip(tr("Look for images that are the same picture or nearly so (re-encoded, resized, "
                                "cropped, flipped, turned), and for those that sit on both sides of a split or under "
                                "two classes. Uses the Train view's backbone, weights, cache and split."));
    m_summary->setObjectName("duplicatesSummaryLabel");
    m_summary->setWordWrap(true);
    m_table->setObjectName("duplicatesTable");
    m_table->setColumnCount(kColumns);
    m_table->setHorizontalHeaderLabels(
        {tr("Similarity"), tr("First image"), tr("Second image"), tr("Across a split"), tr("Classes")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairView->setObjectName("duplicatePairView");
    m_pairView->setModel(m_pair);
    m_pairView->setMaximumHeight(200);
    m_excludeFirst->setObjectName("excludeFirstButton");
    m_excludeSecond->setObjectName("excludeSecondButton");
    m_groupButton->setObjectName("groupPairButton");
    m_groupButton->setToolTip(tr("Treat the two images as one patient or lesion: the splits keep them together"));
    for (QPushButton* button : {m_excludeFirst, m_excludeSecond, m_groupButton})
        button->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_findButton);
    top->addWidget(m_progress, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_excludeFirst);
    actions->addWidget(m_excludeSecond);
    actions->addWidget(m_groupButton);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pairView);
    layout->addLayout(actions);

    connect(m_findButton, &QPushButton::clicked, this, &LeakagePanel::findRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LeakagePanel::showSelectedPair);
    connect(m_excludeFirst, &QPushButton::clicked, this, [this] { exclude(false); });
    connect(m_excludeSecond, &QPushButton::clicked, this, [this] { exclude(true); });
    connect(m_groupButton, &QPushButton::clicked, this, [this] {
        if (const auto paths = selectedPaths())
            emit groupPairRequested(paths->first, paths->second);
    });
    connect(m_runner, &JobRunner::started, this, [this] { m_findButton->setEnabled(false); });
    connect(m_runner, &JobRunner::stopped, this, [this] { m_findButton->setEnabled(true); });
    connect(m_runner, &JobRunner::failed, this,
            [this](const QString& message) { m_summary->setText(tr("The search failed: %1").arg(message)); });
}

void LeakagePanel::find(const Dataset& dataset, const TrainConfig& config)
{
    m_runner->start<LeakageReport>(
        [dataset, config](const Job& job) { return findLeakage(dataset, config, kDefaultLeakageThreshold, job); },
        [this](const LeakageReport& report) { showReport(report); });
}

void LeakagePanel::showReport(const LeakageReport& report)
{
    m_report = report;
    const LeakageCounts counts = countsOf(report);
    m_summary->setText(
        tr("%n pair(s) of the %1 images at similarity %2 or more", nullptr, static_cast<int>(report.pairsFound))
            .arg(report.images)
            .arg(localNumber(report.threshold, 2)) +
        ": " + tr("%n across a split", nullptr, static_cast<int>(counts.crossingSplit)) + ", " +
        tr("%n under two classes", nullptr, static_cast<int>(counts.labelConflicts)) + ".");
    m_table->setRowCount(static_cast<int>(report.pairs.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ImagePair& pair = report.pairs[static_cast<std::size_t>(row)];
        auto name = [&](std::size_t image) {
            return toQString(datasetRelativePath(report.dataset, report.dataset.images[image].path));
        };
        const QString similarity = pair.kind == PairKind::Exact ? tr("exact copy") : localNumber(pair.similarity, 3);
        const QStringList cells = {similarity, name(pair.a), name(pair.b),
                                   i18n::messageText(crossingName(pair.crossing)),
                                   pair.labelConflict ? tr("two classes") : tr("same class")};
        for (int column = 0; column < kColumns; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    if (!report.pairs.empty())
        m_table->selectRow(0);
    else
        showSelectedPair();
}

std::optional<std::pair<QString, QString>> LeakagePanel::selectedPaths() const
{
    const int row = m_table->currentRow();
    if (!m_report || row < 0 || row >= static_cast<int>(m_report->pairs.size()))
        return std::nullopt;
    const ImagePair& pair = m_report->pairs[static_cast<std::size_t>(row)];
    return std::pair{toQString(m_report->dataset.images[pair.a].path),
                     toQString(m_report->dataset.images[pair.b].path)};
}

void LeakagePanel::showSelectedPair()
{
    const int row = m_table->currentRow();
    const bool any = m_report && row >= 0 && row < static_cast<int>(m_report->pairs.size());
    for (QPushButton* button : {m_excludeFirst, m_excludeSecond, m_groupButton})
        button->setEnabled(any);
    if (!any)
        return m_pair->setImages({}, {});
    const ImagePair& pair = m_report->pairs[static_cast<std::size_t>(row)];
    QStringList classes;
    for (const std::string& name : m_report->dataset.classes)
        classes << toQString(name);
    m_pair->setImages({m_report->dataset.images[pair.a], m_report->dataset.images[pair.b]}, classes);
}

void LeakagePanel::exclude(bool second)
{
    const auto paths = selectedPaths();
    if (!paths)
        return;
    const QString path = second ? paths->second : paths->first;
    try {
        markImage(m_report->dataset.root, toStdString(path), ReviewMark::Excluded);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Exclude Image"),
                             tr("The image could not be marked: %1").arg(i18n::errorText(error)));
        return;
    }
    emit imageExcluded(path);
}

} // namespace tl::ui
