#include "ThumbnailModel.h"

#include "EngineBridge.h"
#include "ImageDecoder.h"
#include "LazyPixmaps.h"

#include <QFileInfo>
#include <QImage>
#include <QPalette>

namespace tl::ui {
namespace {

// Decodes with the engine so that the grid shows exactly what training reads (16-bit, CMYK...).
QImage decodeThumbnail(const QString& path, int size)
{
    try {
        return scaledQImage(decodeImage(toStdString(path)), size);
    } catch (const std::exception&) {
        return {}; // shown as the placeholder; the reason is listed with the skipped files
    }
}

} // namespace

QPixmap ThumbnailModel::placeholder(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(QPalette().color(QPalette::Mid));
    return pixmap;
}

ThumbnailModel::ThumbnailModel(QObject* parent)
    : QAbstractListModel(parent),
      // Two decoders keep the GUI responsive on small machines and still fill a screen quickly.
      m_thumbnails(new LazyPixmaps(2, 600, this)), m_placeholder(placeholder())
{
    m_thumbnails->setMaker([](const QString& path) { return decodeThumbnail(path, kThumbnailSize); });
    connect(m_thumbnails, &LazyPixmaps::ready, this, &ThumbnailModel::thumbnailReady);
}

void ThumbnailModel::setImages(std::vector<ImageEntry> images, QStringList classes)
{
    beginResetModel();
    m_thumbnails->dropQueued(); // decodes queued for the previous images are no longer wanted
    m_images = std::move(images);
    m_classes = std::move(classes);
    m_classFilter = -1;
    m_splitFilter.reset();
    rebuildVisibleRows();
    endResetModel();
}

void ThumbnailModel::setFilter(int classIndex, std::optional<Split> split)
{
    beginResetModel();
    m_classFilter = classIndex;
    m_splitFilter = split;
    rebuildVisibleRows();
    endResetModel();
}

void ThumbnailModel::rebuildVisibleRows()
{
    m_visibleRows.clear();
    m_rowOfPath.clear();
    for (int i = 0; i < static_cast<int>(m_images.size()); ++i) {
        const ImageEntry& image = m_images[static_cast<std::size_t>(i)];
        if ((m_classFilter < 0 || image.label == m_classFilter) && (!m_splitFilter || image.split == *m_splitFilter)) {
            m_rowOfPath.insert(toQString(image.path), static_cast<int>(m_visibleRows.size()));
            m_visibleRows.push_back(i);
        }
    }
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visibleRows.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImageEntry& image = m_images[static_cast<std::size_t>(m_visibleRows[static_cast<std::size_t>(index.row())])];
    const QString path = toQString(image.path);
    switch (role) {
    case Qt::DisplayRole: return QFileInfo(path).fileName();
    case Qt::ToolTipRole:
        return tr("%1\nClass: %2\nSplit: %3").arg(path, m_classes.value(image.label), splitDisplayName(image.split));
    case Qt::DecorationRole:
        if (const QPixmap* pixmap = m_thumbnails->find(path); pixmap && !pixmap->isNull())
            return *pixmap;
        return m_placeholder;
    case PathRole: return path;
    case LabelRole: return image.label;
    case SplitRole: return static_cast<int>(image.split);
    default: return {};
    }
}

void ThumbnailModel::thumbnailReady(const QString& path)
{
    const auto row = m_rowOfPath.constFind(path);
    if (row != m_rowOfPath.constEnd()) {
        const QModelIndex changed = index(*row);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

} // namespace tl::ui
