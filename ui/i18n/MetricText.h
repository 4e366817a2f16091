#pragma once
// Numbers and metrics as the window and the report write them, in the user's locale.
#include "Metrics.h"

#include <QString>

#include <string>

namespace tl::ui {

// A number with a fixed count of decimals, in the user's locale: 0.826 in English, 0,826 in Portuguese.
QString localNumber(double value, int decimals);
// A metric (accuracy, AUC, a rate) as every view shows it: three decimals.
QString metricNumber(double value);
// "0.840 (0.810–0.870)": the metric with its 95% interval when the evaluation has one, "0.840 (too few
// images for an interval)" when it was too small for one, and why there is none when the evaluation
// was recorded (in an older model file) before intervals were computed.
QString metricWithInterval(const Evaluation& evaluation, const std::string& metric, double value);

} // namespace tl::ui
