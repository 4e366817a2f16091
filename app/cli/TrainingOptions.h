#pragma once
// The command-line options of a training, made from the engine's option table (TrainOptions.h):
// `train` takes every option, `crossval` those that are not train-only, `cache` those that name
// the cached features, `leakage` those and the split's.
#include "TrainOptions.h"

#include <QCommandLineParser>
#include <QList>

namespace cli {

enum class TrainingCommand { Train, CrossValidate, Cache, Leakage };

// --data and the table's options, with their help and defaults.
QList<QCommandLineOption> trainingOptions(TrainingCommand command);
// The option's flag, help line (with its choices and default) and value name.
QCommandLineOption commandLineOption(const tl::TrainOption& option);
// The configuration those options describe (defaults for the rest), validated. Throws UsageError.
tl::TrainConfig trainingConfigFrom(const QCommandLineParser& parser, TrainingCommand command);

} // namespace cli
