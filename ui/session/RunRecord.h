#pragma once
// One finished training run as the app keeps it: its options, curves, metrics and model file. The
// run history (RunHistory, the widget) lists them; RunHistoryStore keeps them between sessions.
#include "EngineBridge.h"
#include "RunResult.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <vector>

namespace tl::ui {

struct RunRecord {
    QDateTime finishedAt;
    TrainConfig config;
    QString modelPath;
    QDateTime modelWrittenAt; // to tell whether a later run overwrote the model file
    std::vector<BatchReport> batches;
    RunResult result; // its epochs, evaluations, threshold and temperature

    // The model file is still the one this run wrote (not replaced, not deleted).
    bool modelFileUnchanged() const;
};

} // namespace tl::ui

Q_DECLARE_METATYPE(tl::ui::RunRecord)
