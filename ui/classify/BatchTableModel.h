#pragma once
// The Classify view's batch table: one row per classified image (thumbnail and name, class,
// probability, refer), filled chunk by chunk as the results arrive. Thumbnails come from a
// ThumbnailModel (decoded off the GUI thread, only for the rows shown, in a bounded cache), so
// ten thousand rows keep small. Sort by SortRole; filter the referred rows by ReferRole.
#include "Classifier.h"
#include "ReferRule.h"

#include <QAbstractTableModel>

#include <vector>

namespace tl::ui {

class ThumbnailModel;

class BatchTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ImageColumn, ClassColumn, ProbabilityColumn, ReferColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ReferRole, PathRole };

    explicit BatchTableModel(QObject* parent = nullptr);

    // A new batch for this model's classes and threshold: the table empties.
    void reset(const ModelInfo& info, const ReferRule& rule);
    void append(const std::vector<ClassifiedImage>& images);
    // Another rule: every row's refer flag again (the probabilities stay).
    void setRule(const ReferRule& rule);
    const BatchClassification& batch() const { return m_batch; }
    BatchClassification& batch() { return m_batch; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ModelInfo m_info;
    ReferRule m_rule;
    BatchClassification m_batch;
    ThumbnailModel* m_thumbnails;
};

} // namespace tl::ui
