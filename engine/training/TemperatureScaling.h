#pragma once
// Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", 2017): one number T
// that divides the logits so that softmax(logits / T) says how often the model is right. Fitted on
// the validation split; it never changes which class is most probable. Plain C++: testable by hand.
#include <vector>

namespace tl {

// Mean cross-entropy of softmax(logits[i] / temperature) against labels[i].
double meanNegativeLogLikelihood(const std::vector<std::vector<double>>& logits, const std::vector<int>& labels,
                                 double temperature);

// The T in [kMinTemperature, kMaxTemperature] with the lowest mean cross-entropy. The loss is
// convex in 1/T, so a golden-section search on log T finds it. Throws tl::Error without samples.
double fitTemperature(const std::vector<std::vector<double>>& logits, const std::vector<int>& labels);

constexpr double kMinTemperature = 0.05, kMaxTemperature = 20.0;

} // namespace tl
