#include "CrossValidation.h"
#include "Error.h"
#include "Fixtures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <numeric>

using namespace tl;
namespace fs = std::filesystem;

TEST(CrossValidation, StratifiedFoldsKeepClassProportions)
{
    std::vector<int> labels;
    for (int i = 0; i < 23; ++i)
        labels.push_back(0);
    for (int i = 0; i < 7; ++i)
        labels.push_back(1);
    const std::vector<int> folds = stratifiedFolds(labels, {}, 5, 42);
    for (int c = 0; c < 2; ++c) {
        std::vector<int> perFold(5, 0);
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i] == c)
                ++perFold[static_cast<std::size_t>(folds[i])];
        const auto [low, high] = std::minmax_element(perFold.begin(), perFold.end());
        EXPECT_LE(*high - *low, 1) << "class " << c;
    }
    std::vector<int> sizes(5, 0);
    for (int fold : folds)
        ++sizes[static_cast<std::size_t>(fold)];
    EXPECT_EQ(sizes, (std::vector<int>{6, 6, 6, 6, 6}));
    EXPECT_EQ(stratifiedFolds(labels, {}, 5, 42), folds);
    EXPECT_NE(stratifiedFolds(labels, {}, 5, 43), folds);
}

TEST(CrossValidation, SpreadByHand)
{
    const MetricSpread spread = spreadOf("accuracy", {0.8, 0.9, 1.0});
    EXPECT_NEAR(spread.mean, 0.9, 1e-12);
    EXPECT_NEAR(spread.standardDeviation, 0.1, 1e-12); // sample sd: sqrt((0.01 + 0 + 0.01) / 2)
    EXPECT_EQ(spreadOf("x", {0.5}).standardDeviation, 0.0);
}

class CrossValidationTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fixtures::makeTempDir("tl-crossval");
        fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 5);
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 15;
        fixtures::writeSyntheticDataset(s_dir + "/data", spec);
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }
    static TrainConfig config()
    {
        TrainConfig config = fixtures::smallTrainConfig(s_dir);
        config.epochs = 25;
        config.batchSize = 8;
        return config;
    }
    static std::string s_dir;
};
std::string CrossValidationTest::s_dir;

TEST_F(CrossValidationTest, EveryImageIsHeldOutOnceAndTheSpreadMatchesTheFolds)
{
    int epochs = 0;
    Job job;
    job.onProgress = [&](const ProgressReport& report) { epochs += report.phase == Phase::Training; };
    const CrossValidationOutcome outcome = crossValidate(scanDataset(s_dir + "/data"), config(), 3, job).value();
    ASSERT_EQ(outcome.perFold.size(), 3u);
    EXPECT_EQ(epochs, 3 * 25);
    int heldOut = 0;
    for (const Evaluation& fold : outcome.perFold) {
        EXPECT_EQ(fold.count, 10);
        EXPECT_EQ(fold.perClass[0].support, 5); // stratified: 5 of each class in every fold
        heldOut += fold.count;
    }
    EXPECT_EQ(heldOut, 30);
    ASSERT_EQ(outcome.metrics.front().name, "accuracy");
    const MetricSpread& accuracy = outcome.metrics.front();
    EXPECT_NEAR(accuracy.mean,
                (outcome.perFold[0].accuracy + outcome.perFold[1].accuracy + outcome.perFold[2].accuracy) / 3, 1e-12);
    EXPECT_GE(accuracy.mean, 0.8); // the synthetic classes are easy
    std::vector<std::string> names;
    for (const MetricSpread& metric : outcome.metrics)
        names.push_back(metric.name);
    EXPECT_EQ(names, (std::vector<std::string>{"accuracy", "loss", "calibration_error", "auc", "sensitivity",
                                               "specificity", "recall_benign", "recall_malignant"}));

    // The features are cached: a 5-fold run computes none of them again.
    const CrossValidationOutcome again = crossValidate(scanDataset(s_dir + "/data"), config(), 5).value();
    EXPECT_EQ(again.featuresComputed, 0u);
    EXPECT_EQ(again.featuresFromCache, 30u);
    EXPECT_EQ(again.perFold.size(), 5u);
}

TEST_F(CrossValidationTest, TooFewImagesPerClassIsASpecificError)
{
    try {
        crossValidate(scanDataset(s_dir + "/data"), config(), 16);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(), "class 'benign' has 15 training image(s): 16-fold cross-validation needs at least 16 "
                               "per class");
    }
    EXPECT_THROW(crossValidate(scanDataset(s_dir + "/data"), config(), 1), Error);
}
