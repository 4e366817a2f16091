#include "ThumbnailModel.h"

#include "EngineBridge.h"
#include "ImageDecoder.h"

#include <QFileInfo>
#include <QImage>
#include <QPalette>
#include <QPointer>
#include <QtConcurrent>

namespace tl::ui {
namespace {

// Decodes with the engine so that the grid shows exactly what training reads (16-bit, CMYK...).
QImage decodeThumbnail(const QString& path, int size)
{
    try {
        const RgbImage rgb = decodeImage(toStdString(path));
        const QImage view(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888);
        return view.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation); // deep copy
    } catch (const std::exception&) {
        return {}; // shown as the placeholder; the reason is listed with the skipped files
    }
}

QPixmap makePlaceholder(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(QPalette().color(QPalette::Mid));
    return pixmap;
}

} // namespace

ThumbnailModel::ThumbnailModel(QObject* parent)
    : QAbstractListModel(parent), m_cache(600), m_placeholder(makePlaceholder(kThumbnailSize))
{
    // Two decoders keep the GUI responsive on small machines and still fill a screen quickly.
    m_pool.setMaxThreadCount(2);
}

ThumbnailModel::~ThumbnailModel()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailModel::setImages(std::vector<ImageEntry> images, QStringList classes)
{
    beginResetModel();
    m_pool.clear(); // decodes queued for the previous images are no longer wanted
    m_images = std::move(images);
    m_classes = std::move(classes);
    m_pending.clear();
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
        if (const QPixmap* pixmap = m_cache.object(path))
            return *pixmap;
        requestThumbnail(path);
        return m_placeholder;
    case PathRole: return path;
    case LabelRole: return image.label;
    case SplitRole: return static_cast<int>(image.split);
    default: return {};
    }
}

void ThumbnailModel::requestThumbnail(const QString& path) const
{
    if (m_pending.contains(path))
        return;
    m_pending.insert(path);
    QPointer<ThumbnailModel> self(const_cast<ThumbnailModel*>(this));
    QtConcurrent::run(&m_pool, [path] {
        return decodeThumbnail(path, kThumbnailSize);
    }).then(self.data(), [self, path](const QImage& image) {
        if (self)
            self->storeThumbnail(path, image);
    });
}

void ThumbnailModel::storeThumbnail(const QString& path, const QImage& image)
{
    m_pending.remove(path);
    // QPixmap is made here, on the GUI thread, as Qt requires.
    m_cache.insert(path, new QPixmap(image.isNull() ? m_placeholder : QPixmap::fromImage(image)));
    const auto row = m_rowOfPath.constFind(path);
    if (row != m_rowOfPath.constEnd()) {
        const QModelIndex changed = index(*row);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

} // namespace tl::ui
