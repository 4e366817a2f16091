#pragma once
// How sure a metric is: 95% intervals from a seeded, stratified bootstrap. Each resample draws, class
// by class, as many images as the class has (with replacement), so every resample keeps the test
// set's class balance, and recomputes the metrics; an interval is the 2.5th and 97.5th percentiles.
// Plain C++: testable by hand.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tl {

struct Interval {
    double lower = 0, upper = 0;
};

struct ConfidenceIntervals {
    int resamples = 0;
    // "accuracy"; with two classes also "auc", "sensitivity", "specificity", "ppv" and "npv".
    std::map<std::string, Interval> metrics;
};

constexpr int kBootstrapResamples = 2000;
constexpr std::uint64_t kBootstrapSeed = 20261205;
// Below this many images, or with a class of fewer than two, the percentiles of a bootstrap say
// little: no interval is given, and the evaluation says why.
constexpr int kMinimumImagesForInterval = 10;

// Whether images in these numbers per class are too few for an interval: fewer than
// kMinimumImagesForInterval in all, or a class with a single image.
bool tooFewForInterval(const std::vector<int>& imagesPerClass);

// Empty when the evaluation is too small for an interval (tooFewForInterval). For two
// classes, `positive` is predicted when its probability reaches `threshold`; otherwise the most
// probable class is the prediction.
std::optional<ConfidenceIntervals> bootstrapIntervals(const std::vector<int>& labels,
                                                      const std::vector<std::vector<double>>& probabilities,
                                                      int classes, int positive, double threshold,
                                                      int resamples = kBootstrapResamples,
                                                      std::uint64_t seed = kBootstrapSeed);

} // namespace tl
