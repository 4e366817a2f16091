// The commands that say how far to trust the numbers (#32): grouped splits that never put a
// patient on two sides, subgroup metrics, the leakage finder and the learning curve, run as a user
// would run them.
#include "CliWorkspace.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

class TrustCommandsTest : public CliWorkspace {};

} // namespace

// Patients of 1 to 4 images each (the synthetic images are i.png per class, 30 per class): with a
// metadata file, no split and no fold ever holds one patient's images on two sides.
TEST_F(TrustCommandsTest, GroupedSplitsNeverPutAPatientOnTwoSides)
{
    std::map<std::string, std::string> groupOf;
    std::string csv = "image,group,site\n";
    for (const char* label : {"benign", "malignant"})
        for (int i = 0; i < 30; ++i) {
            const std::string image = std::string(label) + "/" + std::to_string(i) + ".png";
            groupOf[image] = std::string(label) + "-patient" + std::to_string(i % 11 < 3 ? i : i / 4);
            csv += image + "," + groupOf[image] + "," + (i % 2 ? "north" : "south") + "\n";
        }
    const std::string metadata = s_dir + "/groups.csv";
    std::ofstream(metadata) << csv;
    auto sidesOf = [&](const std::vector<std::vector<std::string>>& sides) {
        std::map<std::string, std::set<std::size_t>> result;
        for (std::size_t side = 0; side < sides.size(); ++side)
            for (const std::string& image : sides[side])
                result[groupOf.at(image)].insert(side);
        return result;
    };

    const json trained = trainJson(s_dir + "/grouped.tlmodel", {"--metadata", metadata, "--test-split", "0.2"});
    EXPECT_EQ(trained["grouping"], "metadata " + metadata);
    const json splits = trained["splits"];
    const std::vector<std::vector<std::string>> sides = {splits["train"], splits["validation"], splits["test"]};
    EXPECT_EQ(sides[0].size() + sides[1].size() + sides[2].size(), 60u);
    EXPECT_GE(sides[2].size(), 8u); // about a fifth
    EXPECT_LE(sides[2].size(), 16u);
    for (const auto& [group, in] : sidesOf(sides))
        EXPECT_EQ(in.size(), 1u) << group;

    const CliRun folds = cli({"crossval", "--data", s_dir + "/data", "--weights", s_dir + "/vgg16.h5", "--folds", "3",
                              "--image-size", "32", "--epochs", "2", "--precision", "fp32", "--cache-dir",
                              s_dir + "/cache", "--metadata", metadata, "--json"});
    ASSERT_EQ(folds.exitCode, 0) << folds.err;
    const json crossval = json::parse(folds.out);
    const std::vector<std::vector<std::string>> heldOut = crossval["held_out"];
    ASSERT_EQ(heldOut.size(), 3u);
    EXPECT_EQ(heldOut[0].size() + heldOut[1].size() + heldOut[2].size(), 60u);
    for (const auto& [group, in] : sidesOf(heldOut))
        EXPECT_EQ(in.size(), 1u) << group;
    EXPECT_EQ(crossval["pooled"]["count"], 60);

    const CliRun bySite = cli({"evaluate", "--model", s_dir + "/grouped.tlmodel", "--data", s_dir + "/data",
                               "--metadata", metadata, "--by", "site", "--json"});
    ASSERT_EQ(bySite.exitCode, 0) << bySite.err;
    const json sites = json::parse(bySite.out)["subgroups"]["site"];
    EXPECT_EQ(sites["north"]["count"].get<int>() + sites["south"]["count"].get<int>(), 60);
    EXPECT_EQ(sites["north"]["too_small_for_interval"], false);
    EXPECT_EQ(sites["north"]["confidence_intervals"]["accuracy"].size(), 2u);
    EXPECT_EQ(
        cli({"evaluate", "--model", s_dir + "/grouped.tlmodel", "--data", s_dir + "/data", "--by", "site"}).exitCode,
        2);

    const CliRun both = cli({"train", "--data", s_dir + "/data", "--test", s_dir + "/held-out", "--test-split", "0.2",
                             "--out", s_dir + "/x.tlmodel"});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_NE(both.err.find("cannot be combined with --test"), std::string::npos) << both.err;
    const CliRun twoWays = cli({"train", "--data", s_dir + "/data", "--metadata", metadata, "--group-pattern", "^(\\d)",
                                "--out", s_dir + "/x.tlmodel"});
    EXPECT_EQ(twoWays.exitCode, 2);
    EXPECT_NE(twoWays.err.find("give one"), std::string::npos) << twoWays.err;
}

TEST_F(TrustCommandsTest, LeakageListsACopyFiledUnderTheOtherClass)
{
    const std::string data = s_dir + "/leak";
    fs::create_directories(data);
    fs::copy(s_dir + "/data", data, fs::copy_options::recursive | fs::copy_options::skip_existing);
    fs::copy_file(data + "/benign/3.png", data + "/malignant/copy.png", fs::copy_options::overwrite_existing);
    const std::vector<std::string> common = {"leakage",       "--data", data,          "--weights", s_dir + "/vgg16.h5",
                                             "--image-size",  "32",     "--precision", "fp32",      "--cache-dir",
                                             s_dir + "/cache"};
    std::vector<std::string> args = common;
    args.push_back("--json");
    const CliRun run = cli(args);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json report = json::parse(run.out);
    EXPECT_EQ(report["images"], 61);
    EXPECT_EQ(report["threshold"], 0.95);
    ASSERT_GE(report["pairs"].size(), 1u);
    const json first = report["pairs"][0];
    EXPECT_EQ(first["kind"], "exact");
    EXPECT_EQ(std::set<std::string>({first["a"], first["b"]}),
              std::set<std::string>({"benign/3.png", "malignant/copy.png"}));
    EXPECT_EQ(first["label_conflict"], true);
    EXPECT_EQ(first["similarity"], 1.0);

    const CliRun text = cli(common);
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("61 images compared;"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("benign/3.png  malignant/copy.png"), std::string::npos) << text.out;
    args = common;
    args.insert(args.end(), {"--threshold", "1.5"});
    EXPECT_EQ(cli(args).exitCode, 2);
}

TEST_F(TrustCommandsTest, LearningCurveGivesEachFractionItsImagesAndIntervals)
{
    std::vector<std::string> args = {"learning-curve",
                                     "--data",
                                     s_dir + "/data",
                                     "--test",
                                     s_dir + "/held-out",
                                     "--weights",
                                     s_dir + "/vgg16.h5",
                                     "--image-size",
                                     "32",
                                     "--epochs",
                                     "2",
                                     "--precision",
                                     "fp32",
                                     "--cache-dir",
                                     s_dir + "/cache",
                                     "--fractions",
                                     "0.5,1",
                                     "--json"};
    const CliRun run = cli(args);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json curve = json::parse(run.out);
    EXPECT_EQ(curve["evaluated_on"], "test");
    EXPECT_EQ(curve["held_out_images"], 10);
    ASSERT_EQ(curve["points"].size(), 2u);
    EXPECT_EQ(curve["points"][1]["images"], 48); // 60 less the 20% validation split
    EXPECT_EQ(curve["points"][0]["images"], 24);
    for (const json& point : curve["points"]) {
        EXPECT_LE(point["accuracy_ci"][0].get<double>(), point["accuracy"].get<double>());
        EXPECT_GE(point["accuracy_ci"][1].get<double>(), point["accuracy"].get<double>());
    }
    args[args.size() - 2] = "0.5,0.2";
    const CliRun unordered = cli(args);
    EXPECT_EQ(unordered.exitCode, 2);
    EXPECT_NE(unordered.err.find("--fractions takes increasing numbers"), std::string::npos) << unordered.err;
}
