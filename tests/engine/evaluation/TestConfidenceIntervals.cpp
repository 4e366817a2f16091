#include "ConfidenceIntervals.h"
#include "Metrics.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <random>

using namespace tl;

namespace {

// A two-class test set drawn from a population whose figures are known: positives score N(1, 1),
// negatives N(0, 1), so the true AUC is Phi(1/sqrt(2)) = 0.7602; at threshold 0.5 the true
// sensitivity is P(N(1,1) >= 0.5) = 0.6915 and specificity P(N(0,1) < 0.5) = 0.6915.
struct Sample {
    std::vector<int> labels;
    std::vector<std::vector<double>> probabilities;
};

Sample draw(int perClass, std::mt19937_64& random)
{
    std::normal_distribution<double> noise(0.0, 1.0);
    Sample sample;
    for (int label : {0, 1})
        for (int i = 0; i < perClass; ++i) {
            const double score = label + noise(random); // a monotone map to (0, 1) keeps the ranks
            const double p = 1.0 / (1.0 + std::exp(-(score - 0.5) * 4.0));
            sample.labels.push_back(label);
            sample.probabilities.push_back({1.0 - p, p});
        }
    return sample;
}

constexpr double kTrueAuc = 0.7602, kTrueSensitivity = 0.6915;

} // namespace

TEST(ConfidenceIntervals, NinetyFivePercentIntervalsCoverTheTrueValueAboutNinetyFivePercentOfTheTime)
{
    std::mt19937_64 random(7);
    const int trials = 300;
    int aucCovered = 0, sensitivityCovered = 0, accuracyCovered = 0;
    for (int t = 0; t < trials; ++t) {
        const Sample sample = draw(100, random);
        const std::optional<ConfidenceIntervals> ci =
            bootstrapIntervals(sample.labels, sample.probabilities, 2, 1, 0.5, 1000, static_cast<std::uint64_t>(t));
        ASSERT_TRUE(ci.has_value());
        auto covers = [&](const char* name, double truth) {
            const Interval interval = ci->metrics.at(name);
            return interval.lower <= truth && truth <= interval.upper;
        };
        aucCovered += covers("auc", kTrueAuc);
        sensitivityCovered += covers("sensitivity", kTrueSensitivity);
        accuracyCovered += covers("accuracy", kTrueSensitivity); // balanced classes: accuracy = their mean
    }
    for (int covered : {aucCovered, sensitivityCovered, accuracyCovered}) {
        EXPECT_GE(covered, trials * 0.90) << covered << " of " << trials;
        EXPECT_LE(covered, trials * 0.99) << covered << " of " << trials;
    }
}

TEST(ConfidenceIntervals, ContainTheEstimateAndShrinkAsTheTestSetGrows)
{
    std::mt19937_64 random(11);
    double previousWidth = 1.0;
    for (int perClass : {25, 100, 400}) {
        const Sample sample = draw(perClass, random);
        const Evaluation e = evaluatePredictions(sample.labels, sample.probabilities, {"benign", "malignant"}, 1, 0.5);
        ASSERT_TRUE(e.intervals.has_value());
        EXPECT_EQ(e.intervals->resamples, kBootstrapResamples);
        const std::map<std::string, double> estimates = {
            {"accuracy", e.accuracy},       {"auc", e.auc}, {"sensitivity", e.sensitivity},
            {"specificity", e.specificity}, {"ppv", e.ppv}, {"npv", e.npv}};
        for (const auto& [name, value] : estimates) {
            const Interval interval = e.intervals->metrics.at(name);
            EXPECT_LE(interval.lower, value) << name;
            EXPECT_GE(interval.upper, value) << name;
        }
        const Interval auc = e.intervals->metrics.at("auc");
        EXPECT_LT(auc.upper - auc.lower, previousWidth * 0.75) << perClass << " per class";
        previousWidth = auc.upper - auc.lower;
    }
}

TEST(ConfidenceIntervals, SeededSoTheSameDataGiveTheSameInterval)
{
    std::mt19937_64 random(3);
    const Sample sample = draw(30, random);
    const auto a = bootstrapIntervals(sample.labels, sample.probabilities, 2, 1, 0.5);
    const auto b = bootstrapIntervals(sample.labels, sample.probabilities, 2, 1, 0.5);
    EXPECT_EQ(a->metrics.at("auc").lower, b->metrics.at("auc").lower);
    EXPECT_EQ(a->metrics.at("accuracy").upper, b->metrics.at("accuracy").upper);
}

TEST(ConfidenceIntervals, TooFewImagesGiveNoIntervalAndTheJsonSaysSo)
{
    const Evaluation small =
        evaluatePredictions({0, 1, 1}, {{0.8, 0.2}, {0.3, 0.7}, {0.6, 0.4}}, {"benign", "malignant"}, 1);
    EXPECT_FALSE(small.intervals.has_value());
    const std::string json = toJson(small);
    EXPECT_NE(json.find("\"confidence_intervals\":null"), std::string::npos) << json;
    EXPECT_NE(json.find("\"confidence_method\":\"bootstrap\""), std::string::npos) << json;
}

TEST(ConfidenceIntervals, SurviveTheJsonRoundTrip)
{
    std::mt19937_64 random(5);
    const Sample sample = draw(20, random);
    const Evaluation e = evaluatePredictions(sample.labels, sample.probabilities, {"benign", "malignant"}, 1, 0.5);
    const Evaluation back = evaluationFromJson(toJson(e));
    ASSERT_TRUE(back.intervals.has_value());
    EXPECT_EQ(back.intervals->resamples, kBootstrapResamples);
    EXPECT_DOUBLE_EQ(back.intervals->metrics.at("npv").upper, e.intervals->metrics.at("npv").upper);
    EXPECT_DOUBLE_EQ(back.ppv, e.ppv);
}

TEST(ConfidenceIntervals, MoreThanTwoClassesGetAnAccuracyInterval)
{
    std::vector<int> labels;
    std::vector<std::vector<double>> probabilities;
    for (int i = 0; i < 30; ++i) {
        labels.push_back(i % 3);
        probabilities.push_back({0.1, 0.1, 0.1});
        const int answered = i % 4 == 0 ? (i + 1) % 3 : i % 3; // every fourth image wrong
        probabilities.back()[static_cast<std::size_t>(answered)] += 0.7;
    }
    const auto ci = bootstrapIntervals(labels, probabilities, 3, 1, 0.5);
    ASSERT_TRUE(ci.has_value());
    EXPECT_EQ(ci->metrics.count("auc"), 0u);
    EXPECT_LT(ci->metrics.at("accuracy").lower, ci->metrics.at("accuracy").upper);
}

TEST(ConfidenceIntervals, ARecordWrittenBeforeThemHasNoneButItsPredictiveValues)
{
    std::mt19937_64 random(13);
    const Sample sample = draw(20, random);
    const Evaluation e = evaluatePredictions(sample.labels, sample.probabilities, {"benign", "malignant"}, 1, 0.5);
    nlohmann::json record = nlohmann::json::parse(toJson(e));
    for (const char* key : {"confidence_intervals", "confidence_method", "bootstrap_resamples", "ppv", "npv"})
        record.erase(key); // as a model file of the previous format holds it
    const Evaluation old = evaluationFromJson(record.dump());
    EXPECT_FALSE(old.intervals.has_value());
    EXPECT_DOUBLE_EQ(old.ppv, e.ppv);
    EXPECT_DOUBLE_EQ(old.npv, e.npv);
    EXPECT_FALSE(tooFewForInterval({20, 20}));
    EXPECT_TRUE(tooFewForInterval({5, 4}));
    EXPECT_TRUE(tooFewForInterval({30, 1}));
}
