#pragma once
// A list of dataset images for a QListView in icon mode, filterable by class and split.
// Thumbnails are decoded on a small private thread pool, only when a view asks for them, and
// kept in a bounded cache: thousands of images scroll without decoding them all.
#include "Dataset.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <optional>
#include <vector>

namespace tl::ui {

class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, LabelRole, SplitRole };

    explicit ThumbnailModel(QObject* parent = nullptr);
    ~ThumbnailModel() override;

    void setImages(std::vector<ImageEntry> images, QStringList classes);
    // classIndex < 0: every class; no split: every split.
    void setFilter(int classIndex, std::optional<Split> split);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static constexpr int kThumbnailSize = 112;

private:
    void rebuildVisibleRows();
    void requestThumbnail(const QString& path) const;
    void storeThumbnail(const QString& path, const QImage& image);

    std::vector<ImageEntry> m_images;
    QStringList m_classes;
    std::vector<int> m_visibleRows;  // indexes into m_images
    QHash<QString, int> m_rowOfPath; // visible row of each path, to notify views in O(1)
    int m_classFilter = -1;
    std::optional<Split> m_splitFilter;

    // Mutable: data() is const but fills the cache lazily.
    mutable QCache<QString, QPixmap> m_cache;
    mutable QSet<QString> m_pending;
    mutable QThreadPool m_pool;
    QPixmap m_placeholder;
};

} // namespace tl::ui
