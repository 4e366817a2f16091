#include "EngineBridge.h"

#include <QCoreApplication>

#include <cmath>

namespace tl::ui {

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
    case Phase::ExtractingFeatures: return QCoreApplication::translate("EngineBridge", "Extracting features");
    case Phase::Training: return QCoreApplication::translate("EngineBridge", "Training");
    case Phase::Evaluating: return QCoreApplication::translate("EngineBridge", "Evaluating");
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
