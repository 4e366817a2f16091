#pragma once
// "n of m features already cached" for the Train view's settings, before a run starts: a
// training with them computes only the rest (the cache may have been filled by a Slurm array,
// see transferlab-cli slurm). Counted through a JobRunner, since every image is hashed, again
// whenever the dataset or a setting that names the cached features changes (a count still going
// for older settings is cancelled first).
#include "EngineBridge.h"

#include <QLabel>
#include <QTimer>

#include <optional>

namespace tl::ui {

class JobRunner;

class CachedFeaturesLabel : public QLabel {
    Q_OBJECT
public:
    explicit CachedFeaturesLabel(QWidget* parent = nullptr);

    // Counts again shortly, for the latest dataset and settings (edits in a row count once);
    // without a dataset, hides at once.
    void refresh(const std::optional<Dataset>& dataset, const TrainConfig& config);

private:
    void count();

    JobRunner* m_runner;
    QTimer m_delay;
    std::optional<Dataset> m_dataset;
    TrainConfig m_config;
    int m_generation = 0; // of the latest request
    int m_counting = 0;   // the generation the running count answers
};

} // namespace tl::ui
