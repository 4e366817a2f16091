#include "DatasetView.h"

#include "EngineBridge.h"
#include "ImageGroups.h"
#include "LeakagePanel.h"
#include "ThumbnailModel.h"
#include "ThumbnailView.h"
#include "Translations.h"

#include <QComboBox>
#include <QFileDialog>
#include <QPushButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tl::ui {
namespace {

constexpr Split kSplits[] = {Split::Train, Split::Validation, Split::Test};
constexpr int kMinimumImagesPerClass = 10;
constexpr double kMaximumImbalance = 3.0;

QTableWidgetItem* countItem(int count)
{
    auto* item = new QTableWidgetItem(QString::number(count));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DatasetView::DatasetView(QWidget* parent)
    : QWidget(parent), m_pathLabel(new QLabel(this)), m_groupsLabel(new QLabel(this)),
      m_loadGroupsButton(new QPushButton(tr("Load &Groups…"), this)), m_classTable(new QTableWidget(this)),
      m_warningLabel(new QLabel(this)), m_classFilter(new QComboBox(this)), m_splitFilter(new QComboBox(this)),
      m_shownLabel(new QLabel(this)), m_thumbnails(new ThumbnailModel(this)), m_grid(new ThumbnailView(this)),
      m_skippedList(new QListWidget(this)), m_leakage(new LeakagePanel(this))
{
    setObjectName("datasetView");
    m_pathLabel->setObjectName("datasetPathLabel");
    m_pathLabel->setText(tr("No dataset is open. Use File > Open Dataset, or drop a folder on the window.\n"
                            "A dataset is a folder with one sub-folder per class, or train/ and test/ folders "
                            "that each hold one sub-folder per class."));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_groupsLabel->setObjectName("groupsLabel");
    m_groupsLabel->setWordWrap(true);
    m_groupsLabel->setTextFormat(Qt::PlainText); // a file name may hold "&" or "<"
    m_loadGroupsButton->setObjectName("loadGroupsButton");
    m_loadGroupsButton->setEnabled(false);
    m_loadGroupsButton->setToolTip(tr("Load a CSV with a header and the columns image (paths relative to the dataset "
                                      "folder) and group (the patient or lesion): the splits then keep each group's "
                                      "images on one side"));
    connect(m_loadGroupsButton, &QPushButton::clicked, this, &DatasetView::chooseGroupsFile);

    m_classTable->setObjectName("classTableWidget");
    m_classTable->setColumnCount(5);
    m_classTable->setHorizontalHeaderLabels({tr("Class"), tr("Training"), tr("Validation"), tr("Test"), tr("Total")});
    m_classTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_classTable->verticalHeader()->hide();
    m_classTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_classTable->setToolTip(tr("Images per class and split. The validation images are drawn from the training "
                                "folder with the validation fraction and seed of the Train step."));

    m_warningLabel->setObjectName("imbalanceWarningLabel");
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet("QLabel { color: #b35900; font-weight: bold; }");
    m_warningLabel->hide();

    m_skippedList->setObjectName("skippedListWidget");
    m_skippedList->setToolTip(tr("Files that are not used, with the reason"));
    auto* skippedBox = new QGroupBox(tr("Skipped files"), this);
    skippedBox->setObjectName("skippedGroupBox");
    (new QVBoxLayout(skippedBox))->addWidget(m_skippedList);

    auto* summary = new QWidget(this);
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_pathLabel);
    auto* groupsRow = new QHBoxLayout;
    groupsRow->addWidget(m_groupsLabel, 1);
    groupsRow->addWidget(m_loadGroupsButton);
    summaryLayout->addLayout(groupsRow);
    summaryLayout->addWidget(m_classTable, 2);
    summaryLayout->addWidget(m_warningLabel);
    summaryLayout->addWidget(skippedBox, 1);

    m_classFilter->setObjectName("classFilterComboBox");
    m_classFilter->setToolTip(tr("Show the images of one class only"));
    m_splitFilter->setObjectName("splitFilterComboBox");
    m_splitFilter->setToolTip(tr("Show the images of one split only"));
    // As wide as their longest entry (class names arrive with the dataset), in every language.
    for (QComboBox* filter : {m_classFilter, m_splitFilter})
        filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_splitFilter->addItem(tr("All splits"), -1);
    for (Split split : kSplits)
        m_splitFilter->addItem(splitDisplayName(split), static_cast<int>(split));
    m_shownLabel->setObjectName("shownImagesLabel");
    m_grid->setObjectName("thumbnailListView");
    m_grid->setModel(m_thumbnails);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Class:"), this));
    filters->addWidget(m_classFilter);
    filters->addWidget(new QLabel(tr("Split:"), this));
    filters->addWidget(m_splitFilter);
    filters->addStretch();
    filters->addWidget(m_shownLabel);
    auto* browser = new QWidget(this);
    auto* browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addLayout(filters);
    browserLayout->addWidget(m_grid);
    // The grid above, the duplicates below: the user drags the boundary.
    auto* browserSplitter = new QSplitter(Qt::Vertical, this);
    browserSplitter->addWidget(browser);
    auto* duplicates = new QGroupBox(tr("Duplicates and leakage"), this);
    (new QVBoxLayout(duplicates))->addWidget(m_leakage);
    browserSplitter->addWidget(duplicates);
    browserSplitter->setStretchFactor(0, 3);
    browserSplitter->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(summary);
    splitter->addWidget(browserSplitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &DatasetView::applyFilter);
    connect(m_splitFilter, &QComboBox::currentIndexChanged, this, &DatasetView::applyFilter);
}

void DatasetView::setDataset(const Dataset& dataset)
{
    m_pathLabel->setText(tr("<b>%1</b><br>%n image(s)", nullptr, static_cast<int>(dataset.images.size()))
                             .arg(toQString(dataset.root).toHtmlEscaped()));
    fillClassTable(dataset);
    fillGroups(dataset);
    const QString warning = balanceWarning(dataset);
    m_warningLabel->setText(warning);
    m_warningLabel->setVisible(!warning.isEmpty());
    fillSkipped(dataset);
    QStringList classes;
    for (const std::string& name : dataset.classes)
        classes << toQString(name);
    m_thumbnails->setImages(dataset.images, classes);
    fillFilters(dataset);
    applyFilter();
}

void DatasetView::fillGroups(const Dataset& dataset)
{
    m_loadGroupsButton->setEnabled(true);
    const GroupCounts counts = countGroups(dataset);
    if (dataset.grouping.empty()) {
        m_groupsLabel->setText(tr("Not grouped: each image is its own group, so two photographs of one lesion may "
                                  "fall on both sides of a split."));
        return;
    }
    QString text =
        tr("%n group(s) (%1): the splits keep each group's images together.", nullptr, static_cast<int>(counts.groups))
            .arg(toQString(dataset.grouping));
    if (counts.ungroupedImages > 0)
        text += " " + tr("%n image(s) without a group are each their own group.", nullptr,
                         static_cast<int>(counts.ungroupedImages));
    m_groupsLabel->setText(text);
}

void DatasetView::chooseGroupsFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load Groups"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        emit groupsFileChosen(path);
}

void DatasetView::fillClassTable(const Dataset& dataset)
{
    const int classCount = static_cast<int>(dataset.classes.size());
    m_classTable->setRowCount(classCount);
    const std::vector<int> totals = dataset.countPerClass();
    for (int row = 0; row < classCount; ++row) {
        m_classTable->setItem(row, 0, new QTableWidgetItem(toQString(dataset.classes[static_cast<std::size_t>(row)])));
        for (int column = 0; column < 3; ++column)
            m_classTable->setItem(row, column + 1,
                                  countItem(dataset.countPerClass(kSplits[column])[static_cast<std::size_t>(row)]));
        m_classTable->setItem(row, 4, countItem(totals[static_cast<std::size_t>(row)]));
    }
    m_classTable->resizeColumnsToContents();
    m_classTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QString DatasetView::balanceWarning(const Dataset& dataset)
{
    const std::vector<int> totals = dataset.countPerClass();
    if (totals.empty())
        return {};
    QStringList warnings;
    for (std::size_t label = 0; label < totals.size(); ++label)
        if (totals[label] < kMinimumImagesPerClass)
            warnings << tr("Class “%1” has only %n image(s): results will be unreliable.", nullptr, totals[label])
                            .arg(toQString(dataset.classes[label]));
    const auto [smallest, largest] = std::minmax_element(totals.begin(), totals.end());
    if (*smallest > 0 && *largest > kMaximumImbalance * *smallest)
        warnings << tr("The classes are imbalanced (%1:1): consider automatic class weights.")
                        .arg(localNumber(static_cast<double>(*largest) / *smallest, 1));
    return warnings.join('\n');
}

void DatasetView::fillFilters(const Dataset& dataset)
{
    const QSignalBlocker blocker(m_classFilter);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), -1);
    for (std::size_t label = 0; label < dataset.classes.size(); ++label)
        m_classFilter->addItem(toQString(dataset.classes[label]), static_cast<int>(label));
}

void DatasetView::fillSkipped(const Dataset& dataset)
{
    m_skippedList->clear();
    for (const SkippedFile& file : dataset.skipped)
        m_skippedList->addItem(tr("%1 — %2").arg(toQString(file.path), i18n::messageText(file.reason)));
    if (dataset.skipped.empty())
        m_skippedList->addItem(tr("No file was skipped."));
}

void DatasetView::applyFilter()
{
    const int split = m_splitFilter->currentData().toInt();
    m_thumbnails->setFilter(m_classFilter->currentData().toInt(),
                            split < 0 ? std::nullopt : std::optional<Split>(static_cast<Split>(split)));
    m_shownLabel->setText(tr("%n image(s) shown", nullptr, m_thumbnails->rowCount()));
}

} // namespace tl::ui
