#pragma once
// The Classify view's batch table: one row per classified image (thumbnail and name, class,
// probability, refer, Grad-CAM), filled chunk by chunk as the results arrive. The thumbnails
// and heat maps are made off the GUI thread, only for the rows shown, in bounded caches
// (LazyPixmaps), so ten thousand rows keep small. A heat map costs a backward pass (MobileNetV2
// about 8 ms an image, VGG16 about 28 ms, four times and more what classifying it costs): they
// are made while the batch is not running, for the rows on screen. Sort by SortRole; filter the
// referred rows by ReferRole.
#include "Classifier.h"
#include "ReferRule.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>

#include <optional>

namespace tl::ui {

class LazyPixmaps;

class BatchTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ImageColumn, ClassColumn, ProbabilityColumn, ReferColumn, HeatmapColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ReferRole, PathRole };
    static constexpr int kIconSize = 48;

    explicit BatchTableModel(QObject* parent = nullptr);

    // A new batch for this model (its classes, threshold and, where it can explain, its heat
    // maps): the table empties.
    void reset(const std::optional<Classifier>& classifier, const ReferRule& rule);
    void append(const std::vector<ClassifiedImage>& images);
    // Another rule: every row's refer flag again (the probabilities stay).
    void setRule(const ReferRule& rule);
    // While paused (a batch is running), no heat map is started: they would slow it.
    void setHeatmapsPaused(bool paused);
    const BatchClassification& batch() const { return m_batch; }
    BatchClassification& batch() { return m_batch; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant picture(LazyPixmaps* pixmaps, const QString& path) const;
    void pictureReady(const QString& path, Column column);

    ModelInfo m_info;
    ReferRule m_rule;
    BatchClassification m_batch;
    QHash<QString, int> m_rowOfPath;
    LazyPixmaps* m_thumbnails;
    LazyPixmaps* m_heatmaps;
    bool m_canExplain = false;
    bool m_heatmapsPaused = false;
    QPixmap m_placeholder;
};

} // namespace tl::ui
