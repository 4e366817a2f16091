#include "MetricText.h"

#include <QCoreApplication>
#include <QLocale>

namespace tl::ui {

QString localNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString metricNumber(double value)
{
    return localNumber(value, 3);
}

QString metricWithInterval(const Evaluation& evaluation, const std::string& metric, double value)
{
    if (!evaluation.intervals) {
        std::vector<int> imagesPerClass;
        for (const ClassReport& report : evaluation.perClass)
            imagesPerClass.push_back(report.support);
        return (tooFewForInterval(imagesPerClass)
                    ? QCoreApplication::translate("MetricText", "%1 (too few images for an interval)")
                    : QCoreApplication::translate("MetricText", "%1 (no interval: measured before intervals were)"))
            .arg(metricNumber(value));
    }
    const auto interval = evaluation.intervals->metrics.find(metric);
    if (interval == evaluation.intervals->metrics.end())
        return metricNumber(value); // undefined in every resample (no predicted positive, say)
    return QStringLiteral("%1 (%2–%3)")
        .arg(metricNumber(value), metricNumber(interval->second.lower), metricNumber(interval->second.upper));
}

} // namespace tl::ui
