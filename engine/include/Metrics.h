#pragma once
// Classification metrics from labels and predicted probabilities. Plain C++: testable by hand.
#include "ConfidenceIntervals.h"

#include <optional>
#include <string>
#include <vector>

namespace tl {

struct ClassReport {
    std::string name;
    double precision = 0, recall = 0, f1 = 0;
    int support = 0;
};

struct RocPoint {
    double falsePositiveRate = 0, truePositiveRate = 0;
    double threshold = 0; // predict positive when p(positive) >= threshold
};

// Samples whose predicted class had a confidence (its probability) in [lower, upper).
struct ReliabilityBin {
    double lower = 0, upper = 0;
    int count = 0;
    double meanConfidence = 0, accuracy = 0;
};

struct Evaluation {
    std::vector<std::string> classes;
    int count = 0;
    double accuracy = 0;
    double loss = 0; // mean cross-entropy
    std::vector<ClassReport> perClass;
    std::vector<std::vector<int>> confusion; // [true class][predicted class]
    std::vector<int> predicted;              // per sample

    // Calibration: 10 equal-width confidence bins (the reliability diagram) and the expected
    // calibration error, the count-weighted mean |accuracy - confidence| over them.
    std::vector<ReliabilityBin> reliability;
    double expectedCalibrationError = 0;

    // Two-class problems only (binary == true).
    bool binary = false;
    int positiveClass = 1;
    double threshold = 0.5;
    std::vector<RocPoint> roc; // from (0,0) to (1,1)
    double auc = 0;
    double sensitivity = 0, specificity = 0; // at the threshold
    double ppv = 0, npv = 0;                 // positive and negative predictive values, at the threshold

    // 95% bootstrap intervals of accuracy (and for two classes AUC, sensitivity, specificity, PPV,
    // NPV); empty when the evaluation has too few images for one (tooFewForInterval), or when it
    // was recorded (in a model file) before intervals were computed.
    std::optional<ConfidenceIntervals> intervals;
};

// The images an evaluation scored, in its order: what makes its confusion cells browsable and its
// mistakes reviewable.
struct ScoredSamples {
    std::vector<std::string> paths;
    std::vector<int> labels;
    std::vector<std::vector<double>> probabilities; // [sample][class]
};

// probabilities[i][c]: sample i's probability for class c. For two classes, the positive class is
// predicted when its probability reaches the threshold; otherwise the most probable class wins.
// The intervals come from bootstrapIntervals() with its default resamples and seed.
Evaluation evaluatePredictions(const std::vector<int>& labels, const std::vector<std::vector<double>>& probabilities,
                               const std::vector<std::string>& classes, int positiveClass, double threshold = 0.5);

// A two-class evaluation's figures at another decision threshold, read off its ROC curve and
// class counts: what the threshold picker shows while it moves.
struct OperatingPoint {
    double threshold = 0.5;
    double sensitivity = 0, specificity = 0;
    double positivePredictiveValue = 0, negativePredictiveValue = 0;
    double falsePositiveRate = 0;
};
OperatingPoint operatingPointAt(const Evaluation& evaluation, double threshold);

// The highest threshold at which at least targetSensitivity of the positive samples are predicted
// positive (p(positive) >= threshold): the operating point that misses the fewest cancers for the
// fewest false alarms. Empty when there is no positive sample.
std::optional<double> thresholdForSensitivity(const std::vector<int>& labels,
                                              const std::vector<std::vector<double>>& probabilities, int positiveClass,
                                              double targetSensitivity);

// "malignant" when a class has that name (case-insensitive), else the second class.
int defaultPositiveClass(const std::vector<std::string>& classes);

// A metric by the name that --json and the cross-validation table give it: "accuracy", "loss",
// "calibration_error", "auc", "sensitivity", "specificity", "ppv", "npv", "recall_<class>". Empty
// when the evaluation has no such metric (a two-class one on three classes, an unknown name).
std::optional<double> metricNamed(const Evaluation& evaluation, const std::string& name);

std::string toJson(const Evaluation& evaluation);
Evaluation evaluationFromJson(const std::string& json);

} // namespace tl
