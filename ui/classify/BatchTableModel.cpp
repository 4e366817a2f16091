#include "BatchTableModel.h"

#include "EngineBridge.h"
#include "HeatmapOverlay.h"
#include "LazyPixmaps.h"
#include "ThumbnailModel.h"

#include <QFileInfo>

namespace tl::ui {
namespace {

// Decodes with the engine, as the classifier reads the image (16-bit, CMYK...). Null when it
// cannot be read: the reason is listed with the skipped files.
QImage thumbnail(const QString& path)
{
    try {
        return scaledQImage(decodeImage(toStdString(path)), BatchTableModel::kIconSize);
    } catch (const std::exception&) {
        return {};
    }
}

// Grad-CAM of the predicted class over the image, as the Classify view draws it large.
QImage heatmap(const Classifier& classifier, const QString& path)
{
    try {
        const RgbImage image = decodeImage(toStdString(path));
        return scaledQImage(overlayHeatmap(image, classifier.explain(image).heatmap, 0.5), BatchTableModel::kIconSize);
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace

BatchTableModel::BatchTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_thumbnails(new LazyPixmaps(2, 600, this)),
      m_heatmaps(new LazyPixmaps(1, 600, this)), m_placeholder(ThumbnailModel::placeholder(kIconSize))
{
    m_thumbnails->setMaker(thumbnail);
    connect(m_thumbnails, &LazyPixmaps::ready, this, [this](const QString& path) { pictureReady(path, ImageColumn); });
    connect(m_heatmaps, &LazyPixmaps::ready, this, [this](const QString& path) { pictureReady(path, HeatmapColumn); });
}

void BatchTableModel::reset(const std::optional<Classifier>& classifier, const ReferRule& rule)
{
    beginResetModel();
    m_info = classifier ? classifier->info() : ModelInfo{};
    m_rule = rule;
    m_batch = {};
    m_rowOfPath.clear();
    m_thumbnails->dropQueued();
    m_canExplain = classifier && classifier->canExplain();
    m_heatmaps->setMaker(m_canExplain ? LazyPixmaps::Maker([explainer = *classifier](const QString& path) {
        return heatmap(explainer, path);
    })
                                      : LazyPixmaps::Maker());
    endResetModel();
}

void BatchTableModel::append(const std::vector<ClassifiedImage>& images)
{
    if (images.empty())
        return;
    const int first = static_cast<int>(m_batch.images.size());
    beginInsertRows({}, first, first + static_cast<int>(images.size()) - 1);
    m_batch.images.insert(m_batch.images.end(), images.begin(), images.end());
    for (int row = first; row < static_cast<int>(m_batch.images.size()); ++row)
        m_rowOfPath.insert(toQString(m_batch.images[static_cast<std::size_t>(row)].path), row);
    endInsertRows();
}

void BatchTableModel::setRule(const ReferRule& rule)
{
    m_rule = rule;
    for (ClassifiedImage& image : m_batch.images)
        image.refer = refers(image.prediction.probabilities, m_info, m_rule);
    if (!m_batch.images.empty())
        emit dataChanged(index(0, ReferColumn), index(rowCount() - 1, ReferColumn));
}

void BatchTableModel::setHeatmapsPaused(bool paused)
{
    m_heatmapsPaused = paused;
    if (paused)
        m_heatmaps->dropQueued();
    else if (!m_batch.images.empty()) // the rows on screen ask again
        emit dataChanged(index(0, HeatmapColumn), index(rowCount() - 1, HeatmapColumn), {Qt::DecorationRole});
}

int BatchTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batch.images.size());
}

int BatchTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::picture(LazyPixmaps* pixmaps, const QString& path) const
{
    const QPixmap* pixmap = pixmaps->find(path);
    return pixmap && !pixmap->isNull() ? *pixmap : m_placeholder;
}

void BatchTableModel::pictureReady(const QString& path, Column column)
{
    const auto row = m_rowOfPath.constFind(path);
    if (row != m_rowOfPath.constEnd())
        emit dataChanged(index(*row, column), index(*row, column), {Qt::DecorationRole});
}

QVariant BatchTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ClassifiedImage& image = m_batch.images[static_cast<std::size_t>(index.row())];
    const QString path = toQString(image.path);
    if (role == ReferRole)
        return image.refer ? QStringLiteral("refer") : QString();
    if (role == PathRole)
        return path;
    switch (index.column()) {
    case ImageColumn:
        if (role == Qt::DecorationRole)
            return picture(m_thumbnails, path);
        if (role == Qt::DisplayRole || role == SortRole)
            return QFileInfo(path).fileName();
        if (role == Qt::ToolTipRole)
            return path;
        break;
    case ClassColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return toQString(m_info.classes.at(static_cast<std::size_t>(image.prediction.predictedClass)));
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
    case HeatmapColumn:
        if (role == Qt::DecorationRole && m_canExplain)
            return m_heatmapsPaused ? QVariant(m_placeholder) : picture(m_heatmaps, path);
        if (role == Qt::ToolTipRole)
            return m_canExplain ? tr("Where the model looked (Grad-CAM of the predicted class); double-click to "
                                     "see it large")
                                : tr("No heat map: this model cannot explain its answers (a TorchScript file)");
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
    case HeatmapColumn: return tr("Grad-CAM");
    }
    return {};
}

} // namespace tl::ui
