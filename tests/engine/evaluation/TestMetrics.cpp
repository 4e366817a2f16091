#include "Metrics.h"

#include <gtest/gtest.h>

using namespace tl;

TEST(Metrics, BinaryMetricsComputedByHand)
{
    // Labels: 0 = benign, 1 = malignant (positive). Scores are p(malignant).
    const std::vector<int> labels = {1, 1, 1, 0, 0, 0, 0};
    const std::vector<double> scores = {0.9, 0.7, 0.4, 0.6, 0.3, 0.2, 0.1};
    std::vector<std::vector<double>> probabilities;
    for (double s : scores)
        probabilities.push_back({1 - s, s});
    const Evaluation e = evaluatePredictions(labels, probabilities, {"benign", "malignant"}, 1, 0.5);
    // Predicted malignant: 0.9, 0.7 (true), 0.6 (false). Missed: 0.4.
    EXPECT_EQ(e.confusion, (std::vector<std::vector<int>>{{3, 1}, {1, 2}}));
    EXPECT_NEAR(e.accuracy, 5.0 / 7.0, 1e-12);
    EXPECT_NEAR(e.sensitivity, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(e.specificity, 3.0 / 4.0, 1e-12);
    EXPECT_NEAR(e.perClass[1].precision, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(e.perClass[0].f1, 0.75, 1e-12);
    // Of the 12 (positive, negative) pairs, the positive scores higher in 11: AUC = 11/12.
    EXPECT_NEAR(e.auc, 11.0 / 12.0, 1e-12);
    EXPECT_EQ(e.roc.front().truePositiveRate, 0.0);
    EXPECT_EQ(e.roc.back().falsePositiveRate, 1.0);
}

TEST(Metrics, ThresholdMovesTheOperatingPoint)
{
    const std::vector<int> labels = {1, 1, 0, 0};
    const std::vector<std::vector<double>> p = {{0.6, 0.4}, {0.2, 0.8}, {0.7, 0.3}, {0.9, 0.1}};
    EXPECT_NEAR(evaluatePredictions(labels, p, {"b", "m"}, 1, 0.5).sensitivity, 0.5, 1e-12);
    const Evaluation low = evaluatePredictions(labels, p, {"b", "m"}, 1, 0.35);
    EXPECT_NEAR(low.sensitivity, 1.0, 1e-12);
    EXPECT_NEAR(low.specificity, 1.0, 1e-12);
}

TEST(Metrics, TiedScoresGiveHalfCreditAndJsonRoundTrips)
{
    const Evaluation e = evaluatePredictions({1, 0}, {{0.5, 0.5}, {0.5, 0.5}}, {"benign", "malignant"}, 1);
    EXPECT_NEAR(e.auc, 0.5, 1e-12);
    const Evaluation back = evaluationFromJson(toJson(e));
    EXPECT_EQ(back.confusion, e.confusion);
    EXPECT_NEAR(back.auc, e.auc, 1e-12);
    EXPECT_EQ(back.classes[back.positiveClass], "malignant");
}

TEST(Metrics, MultiClassUsesArgmaxAndPositiveClassDefaultsToMalignant)
{
    const Evaluation e =
        evaluatePredictions({0, 1, 2}, {{0.5, 0.3, 0.2}, {0.1, 0.2, 0.7}, {0.1, 0.1, 0.8}}, {"a", "b", "c"}, 1);
    EXPECT_FALSE(e.binary);
    EXPECT_EQ(e.predicted, (std::vector<int>{0, 2, 2}));
    EXPECT_NEAR(e.perClass[2].precision, 0.5, 1e-12);
    EXPECT_EQ(defaultPositiveClass({"Malignant", "benign"}), 0);
    EXPECT_EQ(defaultPositiveClass({"cat", "dog"}), 1);
}

// Six samples by hand: positives score 0.9, 0.6, 0.3; negatives 0.7, 0.2, 0.1.
class OperatingPointTest : public ::testing::Test {
protected:
    const std::vector<int> labels = {1, 1, 0, 0, 1, 0};
    const std::vector<std::vector<double>> probabilities = {{0.1, 0.9}, {0.4, 0.6}, {0.3, 0.7},
                                                            {0.8, 0.2}, {0.7, 0.3}, {0.9, 0.1}};
};

TEST_F(OperatingPointTest, ThresholdForSensitivityIsTheHighestThatReachesIt)
{
    EXPECT_DOUBLE_EQ(*thresholdForSensitivity(labels, probabilities, 1, 1.0), 0.3);  // all 3 positives
    EXPECT_DOUBLE_EQ(*thresholdForSensitivity(labels, probabilities, 1, 0.6), 0.6);  // 2 of 3 needed
    EXPECT_DOUBLE_EQ(*thresholdForSensitivity(labels, probabilities, 1, 0.34), 0.6); // 1.02 -> 2
    EXPECT_DOUBLE_EQ(*thresholdForSensitivity(labels, probabilities, 1, 0.3), 0.9);
    // Reached on the data it was chosen on.
    const Evaluation e = evaluatePredictions(labels, probabilities, {"benign", "malignant"}, 1,
                                             *thresholdForSensitivity(labels, probabilities, 1, 0.95));
    EXPECT_GE(e.sensitivity, 0.95);
    EXPECT_DOUBLE_EQ(e.specificity, 2.0 / 3.0);
    EXPECT_FALSE(thresholdForSensitivity({0, 0}, {{0.5, 0.5}, {0.9, 0.1}}, 1, 0.9).has_value());
}

TEST_F(OperatingPointTest, FiguresAtAThresholdAreReadOffTheCurve)
{
    const Evaluation e = evaluatePredictions(labels, probabilities, {"benign", "malignant"}, 1);
    const OperatingPoint at06 = operatingPointAt(e, 0.6); // positive: 0.9 (P), 0.7 (N), 0.6 (P)
    EXPECT_DOUBLE_EQ(at06.sensitivity, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(at06.specificity, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(at06.positivePredictiveValue, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(at06.negativePredictiveValue, 2.0 / 3.0); // TN 2, FN 1
    const OperatingPoint at065 = operatingPointAt(e, 0.65);    // positive: 0.9 (P), 0.7 (N)
    EXPECT_DOUBLE_EQ(at065.sensitivity, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(at065.positivePredictiveValue, 0.5);
    EXPECT_DOUBLE_EQ(at065.negativePredictiveValue, 0.5); // TN 2, FN 2
    const OperatingPoint all = operatingPointAt(e, 0.0);
    EXPECT_DOUBLE_EQ(all.sensitivity, 1.0);
    EXPECT_DOUBLE_EQ(all.specificity, 0.0);
    // The same figures as a full evaluation at that threshold.
    const Evaluation at = evaluatePredictions(labels, probabilities, {"benign", "malignant"}, 1, 0.6);
    EXPECT_DOUBLE_EQ(at06.sensitivity, at.sensitivity);
    EXPECT_DOUBLE_EQ(at06.specificity, at.specificity);
}

// By hand: confidences 0.9 (right), 0.8 (wrong), 0.65 and 0.62 (both right).
// ECE = 1/4 |1 - 0.9| + 1/4 |0 - 0.8| + 2/4 |1 - 0.635| = 0.025 + 0.2 + 0.1825 = 0.4075.
TEST(Metrics, ReliabilityBinsAndExpectedCalibrationErrorByHand)
{
    const std::vector<int> labels = {1, 0, 0, 1};
    const std::vector<std::vector<double>> probabilities = {{0.1, 0.9}, {0.2, 0.8}, {0.65, 0.35}, {0.38, 0.62}};
    const Evaluation e = evaluatePredictions(labels, probabilities, {"benign", "malignant"}, 1, 0.5);
    ASSERT_EQ(e.reliability.size(), 10u);
    EXPECT_EQ(e.reliability[9].count, 1);
    EXPECT_DOUBLE_EQ(e.reliability[9].accuracy, 1.0);
    EXPECT_EQ(e.reliability[8].count, 1);
    EXPECT_DOUBLE_EQ(e.reliability[8].accuracy, 0.0);
    EXPECT_EQ(e.reliability[6].count, 2);
    EXPECT_NEAR(e.reliability[6].meanConfidence, 0.635, 1e-12);
    EXPECT_EQ(e.reliability[7].count + e.reliability[5].count + e.reliability[0].count, 0);
    EXPECT_NEAR(e.expectedCalibrationError, 0.4075, 1e-12);
    const Evaluation reread = evaluationFromJson(toJson(e));
    EXPECT_NEAR(reread.expectedCalibrationError, 0.4075, 1e-12);
    EXPECT_EQ(reread.reliability[6].count, 2);
}
