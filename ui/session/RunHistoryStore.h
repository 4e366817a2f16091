#pragma once
// Keeps the run history between sessions: one JSON file in the data folder, rewritten
// atomically (QSaveFile) after each run. Configurations and metrics use the engine's own JSON.
#include "RunRecord.h"

#include <QString>

#include <vector>

namespace tl::ui {

// ~/.local/share/transferlab/run-history.json (in defaultDataDir())
QString defaultRunHistoryPath();

// A missing file is an empty history; a damaged one too (its runs cannot be shown anyway).
std::vector<RunRecord> loadRunHistory(const QString& path);
// Returns false (and leaves the old file) when the file cannot be written.
bool saveRunHistory(const QString& path, const std::vector<RunRecord>& runs);

} // namespace tl::ui
