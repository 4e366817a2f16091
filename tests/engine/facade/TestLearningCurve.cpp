#include "Error.h"
#include "Fixtures.h"
#include "LearningCurve.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace tl;
namespace fs = std::filesystem;

TEST(LearningCurve, TrainsOnGrowingShareOfTheTrainingImagesAndMeasuresEachOnTheSameHeldOutOnes)
{
    const std::string dir = fixtures::makeTempDir("tl-curve");
    fixtures::writeSeededVgg16Weights(dir + "/vgg16.h5", 8);
    fixtures::SyntheticDatasetSpec spec;
    spec.imagesPerClass = 20;
    fixtures::writeSyntheticDataset(dir + "/data", spec);
    TrainConfig config = fixtures::smallTrainConfig(dir);
    config.epochs = 3;
    config.testFraction = 0.25;
    const LearningCurve curve = learningCurve(scanDataset(dir + "/data"), config, {0.25, 0.5, 1.0}).value();
    EXPECT_EQ(curve.evaluatedOn, Split::Test);
    EXPECT_EQ(curve.heldOutImages, 10u); // a quarter of each class's 20
    ASSERT_EQ(curve.points.size(), 3u);
    // 30 images remain, 24 of them training after the 20% validation split: 6, 12, 24.
    EXPECT_EQ(curve.points[0].images, 6u);
    EXPECT_EQ(curve.points[1].images, 12u);
    EXPECT_EQ(curve.points[2].images, 24u);
    for (const LearningCurvePoint& point : curve.points) {
        EXPECT_EQ(point.evaluation.count, 10);
        ASSERT_TRUE(point.evaluation.intervals.has_value());
    }
    const nlohmann::json json = nlohmann::json::parse(toJson(curve));
    EXPECT_EQ(json["points"][1]["fraction"], 0.5);
    EXPECT_EQ(json["points"][1]["accuracy_ci"].size(), 2u);
    EXPECT_EQ(json["evaluated_on"], "test");

    EXPECT_THROW(learningCurve(scanDataset(dir + "/data"), config, {0.5, 0.25}), Error);
    EXPECT_THROW(learningCurve(scanDataset(dir + "/data"), config, {0.0, 1.0}), Error);
    fs::remove_all(dir);
}
