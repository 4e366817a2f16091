#pragma once
// Where a training run writes its model. Unless the user chose a file, every run gets a new one,
// named after the dataset and the time, so that no run replaces another's model and the run
// history can open each run's own file.
#include <QString>

namespace tl::ui {

// ~/.local/share/transferlab/models (defaultModelsDir())
QString modelsFolder();

// "<models folder>/<dataset> 2026-12-01 21-00-05.tlmodel"; " (2)", " (3)"... before the
// extension when that name (or its checkpoint) is taken.
QString newModelPath(const QString& datasetName);

// Where the run writing modelPath keeps its checkpoint until the model is written.
QString checkpointPath(const QString& modelPath);

// The model file of the last run that started and did not finish (its checkpoint lets it
// resume), remembered between sessions; empty when none.
QString interruptedRunPath();
void setInterruptedRunPath(const QString& path);

} // namespace tl::ui
