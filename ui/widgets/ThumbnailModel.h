#pragma once
// A list of dataset images for a QListView in icon mode, filterable by class and split.
// Thumbnails are decoded off the GUI thread, only when a view asks for them, and kept in a
// bounded cache (LazyPixmaps): thousands of images scroll without decoding them all.
#include "Dataset.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QStringList>

#include <optional>
#include <vector>

namespace tl::ui {

class LazyPixmaps;

class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, LabelRole, SplitRole };

    explicit ThumbnailModel(QObject* parent = nullptr);

    void setImages(std::vector<ImageEntry> images, QStringList classes);
    // classIndex < 0: every class; no split: every split.
    void setFilter(int classIndex, std::optional<Split> split);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static constexpr int kThumbnailSize = 112;
    // The placeholder of an image not decoded yet, or not decodable.
    static QPixmap placeholder(int size = kThumbnailSize);

private:
    void rebuildVisibleRows();
    void thumbnailReady(const QString& path);

    std::vector<ImageEntry> m_images;
    QStringList m_classes;
    std::vector<int> m_visibleRows;  // indexes into m_images
    QHash<QString, int> m_rowOfPath; // visible row of each path, to notify views in O(1)
    int m_classFilter = -1;
    std::optional<Split> m_splitFilter;

    LazyPixmaps* m_thumbnails;
    QPixmap m_placeholder;
};

} // namespace tl::ui
