#pragma once
// The app's one data folder (the engine's defaultDataDir(): weights, models, run history).
// Versions before it kept models and the run history in Qt's per-application folder
// (~/.local/share/TransferLab/TransferLab); moveFormerDataFolder brings them over on first start.
#include <QString>

namespace tl::ui {

// Moves every entry of former into current (an entry whose name is taken there keeps its own
// with " (from the former data folder)" added), rewrites the run history's and the settings'
// paths that pointed into former, and removes former when it is empty. Nothing is deleted.
// Returns false, leaving what could not be moved in place, when a move fails.
bool moveFormerDataFolder(const QString& former, const QString& current);

} // namespace tl::ui
