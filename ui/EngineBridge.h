#pragma once
// The seam between the engine's plain C++ types and Qt: string conversions, translated names for
// engine enums, and the meta-type declarations that let engine structs travel in queued signals.
#include "Classifier.h"
#include "CrossValidation.h"
#include "Dataset.h"
#include "MetricText.h"
#include "Training.h"

#include <QImage>
#include <QMetaType>
#include <QString>

namespace tl::ui {

inline QString toQString(const std::string& text)
{
    return QString::fromStdString(text);
}

inline std::string toStdString(const QString& text)
{
    return text.toStdString();
}

// Copies between the decoder's RGB pixels and QImage (whose rows are padded).
RgbImage toRgbImage(const QImage& image);
QImage toQImage(const RgbImage& image);
// The image shrunk to fit a size x size square (a thumbnail), smoothly.
QImage scaledQImage(const RgbImage& image, int size);

QString splitDisplayName(Split split);
QString phaseDisplayName(Phase phase);
// "1 min 20 s", "12 s"; empty for a negative (unknown) duration.
QString durationText(double seconds);

} // namespace tl::ui

Q_DECLARE_METATYPE(tl::Dataset)
Q_DECLARE_METATYPE(tl::TrainConfig)
Q_DECLARE_METATYPE(tl::ProgressReport)
Q_DECLARE_METATYPE(tl::BatchReport)
Q_DECLARE_METATYPE(tl::EpochReport)
Q_DECLARE_METATYPE(tl::TrainingOutcome)
Q_DECLARE_METATYPE(tl::CrossValidationOutcome)
