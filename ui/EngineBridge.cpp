#include "EngineBridge.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <cstring>

namespace tl::ui {

RgbImage toRgbImage(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    RgbImage result;
    result.width = rgb.width();
    result.height = rgb.height();
    result.pixels.resize(static_cast<std::size_t>(rgb.width()) * rgb.height() * 3);
    const std::size_t rowBytes = static_cast<std::size_t>(rgb.width()) * 3;
    for (int y = 0; y < rgb.height(); ++y) // QImage rows are padded to 4 bytes
        std::memcpy(result.pixels.data() + y * rowBytes, rgb.constScanLine(y), rowBytes);
    return result;
}

QImage toQImage(const RgbImage& image)
{
    return QImage(image.pixels.data(), image.width, image.height, image.width * 3, QImage::Format_RGB888).copy();
}

QImage scaledQImage(const RgbImage& image, int size)
{
    const QImage view(image.pixels.data(), image.width, image.height, image.width * 3, QImage::Format_RGB888);
    return view.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation); // a deep copy
}

QString splitDisplayName(Split split)
{
    switch (split) {
    case Split::Train: return QCoreApplication::translate("EngineBridge", "Training");
    case Split::Validation: return QCoreApplication::translate("EngineBridge", "Validation");
    case Split::Test: return QCoreApplication::translate("EngineBridge", "Test");
    }
    return {};
}

QString phaseDisplayName(Phase phase)
{
    switch (phase) {
    case Phase::LoadingWeights: return QCoreApplication::translate("EngineBridge", "Loading the backbone's weights");
    case Phase::MeasuringPrecisions:
        return QCoreApplication::translate("EngineBridge", "Timing the precisions on this computer");
    case Phase::CalibratingInt8: return QCoreApplication::translate("EngineBridge", "Calibrating int8 on your images");
    case Phase::CheckingPrecision:
        return QCoreApplication::translate("EngineBridge", "Checking the faster precision's accuracy");
    case Phase::CheckingCache: return QCoreApplication::translate("EngineBridge", "Checking the feature cache");
    case Phase::ExtractingFeatures: return QCoreApplication::translate("EngineBridge", "Extracting features");
    case Phase::Training: return QCoreApplication::translate("EngineBridge", "Training");
    case Phase::FineTuning:
        return QCoreApplication::translate("EngineBridge", "Fine-tuning the backbone's last layers");
    case Phase::Evaluating: return QCoreApplication::translate("EngineBridge", "Evaluating");
    case Phase::Classifying: return QCoreApplication::translate("EngineBridge", "Classifying");
    case Phase::ComparingImages: return QCoreApplication::translate("EngineBridge", "Comparing the images");
    }
    return {};
}

QString durationText(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return {};
    const int total = static_cast<int>(std::lround(seconds));
    if (total < 60)
        return QCoreApplication::translate("EngineBridge", "%1 s").arg(total);
    return QCoreApplication::translate("EngineBridge", "%1 min %2 s").arg(total / 60).arg(total % 60);
}

} // namespace tl::ui
