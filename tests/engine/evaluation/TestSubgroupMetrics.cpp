#include "Error.h"
#include "Fixtures.h"
#include "SubgroupMetrics.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace tl;
namespace fs = std::filesystem;

// 40 images at site "north" (all right), 20 at "south" (half wrong), 4 with no row in the file.
TEST(SubgroupMetrics, EachValueGetsItsOwnMetricsAndSmallOnesAreMarked)
{
    const std::string dir = fixtures::makeTempDir("tl-subgroups");
    Dataset dataset;
    dataset.root = "/d";
    ScoredSamples samples;
    std::string csv = "image,group,site\n";
    for (int i = 0; i < 64; ++i) {
        const int label = i % 2;
        const bool right = i < 40 || (i < 60 && i % 4 < 2);
        const double p = right == (label == 1) ? 0.8 : 0.2; // p(positive)
        samples.paths.push_back("/d/" + std::to_string(i) + ".png");
        samples.labels.push_back(label);
        samples.probabilities.push_back({1 - p, p});
        if (i < 60)
            csv += std::to_string(i) + ".png,P" + std::to_string(i) + "," + (i < 40 ? "north" : "south") + "\n";
    }
    std::ofstream(dir + "/m.csv") << csv;
    const ImageMetadata metadata = readImageMetadata(dir + "/m.csv");
    const Evaluation whole = evaluatePredictions(samples.labels, samples.probabilities, {"benign", "malignant"}, 1);
    const std::vector<Subgroup> subgroups = subgroupEvaluations(whole, samples, dataset, metadata, "site");
    ASSERT_EQ(subgroups.size(), 3u);
    EXPECT_EQ(subgroups[0].value, ""); // no row: its own subgroup, shown rather than dropped
    EXPECT_EQ(subgroups[0].evaluation.count, 4);
    EXPECT_TRUE(subgroups[0].tooSmallForInterval());
    EXPECT_EQ(subgroups[1].value, "north");
    EXPECT_DOUBLE_EQ(subgroups[1].evaluation.accuracy, 1.0);
    EXPECT_EQ(subgroups[2].value, "south");
    EXPECT_DOUBLE_EQ(subgroups[2].evaluation.accuracy, 0.5);
    ASSERT_FALSE(subgroups[2].tooSmallForInterval());
    const Interval south = subgroups[2].evaluation.intervals->metrics.at("accuracy");
    EXPECT_LT(south.lower, 0.5);
    EXPECT_GT(south.upper, 0.5);

    const nlohmann::json json = nlohmann::json::parse(toJson(subgroups));
    EXPECT_EQ(json["south"]["count"], 20);
    EXPECT_EQ(json["south"]["too_small_for_interval"], false);
    EXPECT_EQ(json[""]["too_small_for_interval"], true);
    EXPECT_FALSE(json["north"].contains("roc"));
    EXPECT_THROW(subgroupEvaluations(whole, samples, dataset, metadata, "sex"), Error);
    fs::remove_all(dir);
}
