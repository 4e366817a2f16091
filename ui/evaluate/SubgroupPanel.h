#pragma once
// The Evaluate view's subgroups (SubgroupMetrics.h): the shown evaluation's images split by a
// column of the dataset's metadata file (site, sex, age band…), each value with its metrics and
// intervals. A subgroup too small for an interval is listed and says so.
#include "Dataset.h"
#include "ImageGroups.h"
#include "Metrics.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tl::ui {

class SubgroupPanel : public QWidget {
    Q_OBJECT
public:
    explicit SubgroupPanel(QWidget* parent = nullptr);

    // The metadata loaded in the Data view (Load Groups); none: the panel says how to get one.
    void setMetadata(const std::optional<ImageMetadata>& metadata);
    // The evaluation to break down; samples empty (a training's stored evaluation): nothing to split.
    void setEvaluation(const Evaluation& evaluation, const ScoredSamples& samples, const std::string& datasetRoot);

private:
    void fill();

    QLabel* m_hint;
    QComboBox* m_column;
    QTableWidget* m_table;
    std::optional<ImageMetadata> m_metadata;
    Evaluation m_evaluation;
    ScoredSamples m_samples;
    Dataset m_root; // only its root: the metadata names images relative to it
};

} // namespace tl::ui
