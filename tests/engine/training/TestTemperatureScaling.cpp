#include "Error.h"
#include "TemperatureScaling.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace tl;

// Every sample has the logits (4, 0) and 3 in 4 of them are class 0: the calibrated probability of
// class 0 must be 3/4, so sigmoid(4 / T) = 3/4 and T = 4 / ln 3 = 3.6410.
TEST(TemperatureScaling, FitsTheTemperatureComputedByHand)
{
    const std::vector<std::vector<double>> logits(4, {4.0, 0.0});
    const std::vector<int> labels = {0, 0, 0, 1};
    EXPECT_NEAR(fitTemperature(logits, labels), 4.0 / std::log(3.0), 1e-6);
}

TEST(TemperatureScaling, NegativeLogLikelihoodByHand)
{
    // T = 2: softmax(2, 0) = (0.8808, 0.1192); mean of -ln 0.8808 and -ln 0.1192.
    const std::vector<std::vector<double>> logits = {{4.0, 0.0}, {4.0, 0.0}};
    const double p = 1.0 / (1.0 + std::exp(-2.0));
    EXPECT_NEAR(meanNegativeLogLikelihood(logits, {0, 1}, 2.0), (-std::log(p) - std::log(1.0 - p)) / 2.0, 1e-12);
    // Huge logits must not overflow.
    EXPECT_NEAR(meanNegativeLogLikelihood({{1000.0, 0.0}}, {0}, 1.0), 0.0, 1e-12);
}

TEST(TemperatureScaling, OverconfidentMistakesRaiseTheTemperature)
{
    // Right 6 times out of 10 with a confidence of 0.9999: T must soften the probabilities.
    std::vector<std::vector<double>> logits(10, {0.0, 10.0});
    std::vector<int> labels = {1, 1, 1, 1, 1, 1, 0, 0, 0, 0};
    const double temperature = fitTemperature(logits, labels);
    EXPECT_GT(temperature, 10.0);
    EXPECT_LT(meanNegativeLogLikelihood(logits, labels, temperature), meanNegativeLogLikelihood(logits, labels, 1.0));
}

TEST(TemperatureScaling, NeedsSamples)
{
    EXPECT_THROW(fitTemperature({}, {}), Error);
}
