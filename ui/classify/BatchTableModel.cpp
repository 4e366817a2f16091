#include "BatchTableModel.h"

#include "EngineBridge.h"
#include "ThumbnailModel.h"

#include <QFileInfo>

namespace tl::ui {

BatchTableModel::BatchTableModel(QObject* parent) : QAbstractTableModel(parent), m_thumbnails(new ThumbnailModel(this))
{
    // A thumbnail decoded for row r redraws row r's image cell.
    connect(m_thumbnails, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                emit dataChanged(index(first.row(), ImageColumn), index(last.row(), ImageColumn), {Qt::DecorationRole});
            });
}

void BatchTableModel::reset(const ModelInfo& info, const ReferRule& rule)
{
    beginResetModel();
    m_info = info;
    m_rule = rule;
    m_batch = {};
    m_thumbnails->setImages({}, {});
    endResetModel();
}

void BatchTableModel::append(const std::vector<ClassifiedImage>& images)
{
    if (images.empty())
        return;
    const int first = static_cast<int>(m_batch.images.size());
    beginInsertRows({}, first, first + static_cast<int>(images.size()) - 1);
    m_batch.images.insert(m_batch.images.end(), images.begin(), images.end());
    endInsertRows();
    std::vector<ImageEntry> entries;
    for (const ClassifiedImage& image : m_batch.images)
        entries.push_back({image.path, image.prediction.predictedClass, Split::Test});
    m_thumbnails->setImages(std::move(entries), {});
}

void BatchTableModel::setRule(const ReferRule& rule)
{
    m_rule = rule;
    for (ClassifiedImage& image : m_batch.images)
        image.refer = refers(image.prediction.probabilities, m_info, m_rule);
    if (!m_batch.images.empty())
        emit dataChanged(index(0, ReferColumn), index(rowCount() - 1, ReferColumn));
}

int BatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batch.images.size());
}

int BatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ClassifiedImage& image = m_batch.images[static_cast<std::size_t>(index.row())];
    const QString className = toQString(m_info.classes.at(static_cast<std::size_t>(image.prediction.predictedClass)));
    if (role == ReferRole)
        return image.refer ? QStringLiteral("refer") : QString();
    if (role == PathRole)
        return toQString(image.path);
    switch (index.column()) {
    case ImageColumn:
        if (role == Qt::DecorationRole)
            return m_thumbnails->data(m_thumbnails->index(index.row()), Qt::DecorationRole);
        if (role == Qt::DisplayRole || role == SortRole)
            return QFileInfo(toQString(image.path)).fileName();
        if (role == Qt::ToolTipRole)
            return toQString(image.path);
        break;
    case ClassColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return className;
        break;
    case ProbabilityColumn:
        if (role == Qt::DisplayRole)
            return localNumber(referredProbability(image.prediction.probabilities, m_info), 3);
        if (role == SortRole)
            return referredProbability(image.prediction.probabilities, m_info);
        break;
    case ReferColumn:
        if (role == Qt::DisplayRole)
            return image.refer ? tr("Refer") : QString();
        if (role == SortRole)
            return image.refer ? 1 : 0;
        break;
    }
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImageColumn: return tr("Image");
    case ClassColumn: return tr("Class");
    case ProbabilityColumn:
        return m_info.classes.size() == 2
                   ? tr("Probability of %1")
                         .arg(toQString(m_info.classes[static_cast<std::size_t>(m_info.positiveClass)]))
                   : tr("Probability");
    case ReferColumn: return tr("Refer");
    }
    return {};
}

} // namespace tl::ui
