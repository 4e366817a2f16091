#pragma once
// The options that configure how a head is trained, shared by `train` and `crossval`.
#include "TrainConfig.h"

#include <QCommandLineParser>
#include <QList>

namespace cli {

QList<QCommandLineOption> headTrainingOptions();
// The configuration those options describe (defaults for the rest). Throws UsageError.
tl::TrainConfig headTrainingConfigFrom(const QCommandLineParser& parser);

} // namespace cli
