#include "Dataset.h"
#include "Error.h"
#include "Fixtures.h"
#include "ImageGroups.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace tl;
namespace fs = std::filesystem;

namespace {

// 2 classes; patients with 1 to 6 images each (a patient's images mostly of one class, some mixed),
// named /data/<class>/P<patient>_<n>.jpg. No file is read: the splits only look at the index.
Dataset groupedDataset(std::uint64_t seed)
{
    Dataset dataset;
    dataset.root = "/data";
    dataset.classes = {"benign", "malignant"};
    std::mt19937_64 random(seed);
    for (int patient = 0; patient < 120; ++patient) {
        const int images = 1 + static_cast<int>(random() % 6);
        for (int n = 0; n < images; ++n) {
            const int label = (patient % 3 == 0) != (n == 5); // every sixth image of a patient switches class
            dataset.images.push_back({"/data/" + dataset.classes[static_cast<std::size_t>(label)] + "/P" +
                                          std::to_string(patient) + "_" + std::to_string(n) + ".jpg",
                                      label, Split::Train, "P" + std::to_string(patient)});
        }
    }
    return dataset;
}

std::map<std::string, std::set<Split>> sidesOfGroups(const Dataset& dataset)
{
    std::map<std::string, std::set<Split>> sides;
    for (const ImageEntry& image : dataset.images)
        sides[image.group].insert(image.split);
    return sides;
}

std::string writeFile(const std::string& dir, const std::string& name, const std::string& content)
{
    const std::string path = dir + "/" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

} // namespace

TEST(GroupedSplits, NoGroupIsEverOnTwoSidesAndEachClassIsOnEverySide)
{
    for (std::uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
        Dataset dataset = groupedDataset(seed);
        assignTestSplit(dataset, 0.2, seed);
        assignValidationSplit(dataset, 0.2, seed);
        for (const auto& [group, sides] : sidesOfGroups(dataset))
            EXPECT_EQ(sides.size(), 1u) << group << " seed " << seed;
        for (Split split : {Split::Train, Split::Validation, Split::Test})
            for (int count : dataset.countPerClass(split))
                EXPECT_GT(count, 0) << "seed " << seed;
        // The fractions hold to within a group's size or two.
        const double total = static_cast<double>(dataset.images.size());
        const std::vector<int> test = dataset.countPerClass(Split::Test);
        EXPECT_NEAR((test[0] + test[1]) / total, 0.2, 0.04) << "seed " << seed;
    }
}

TEST(GroupedSplits, WithoutGroupsTheSplitIsThePerImageDrawOfBefore)
{
    Dataset grouped = groupedDataset(9), single = groupedDataset(9);
    for (ImageEntry& image : single.images)
        image.group.clear();
    assignValidationSplit(single, 0.25, 3);
    // Per image: round(0.25 x n) images of each class, as the per-image split has always drawn.
    const std::vector<int> all = single.countPerClass();
    const std::vector<int> validation = single.countPerClass(Split::Validation);
    for (std::size_t c = 0; c < all.size(); ++c)
        EXPECT_EQ(validation[c], static_cast<int>(0.25 * all[c] + 0.5));
    assignValidationSplit(grouped, 0.25, 3);
    bool differs = false;
    for (std::size_t i = 0; i < single.images.size(); ++i)
        differs |= single.images[i].split != grouped.images[i].split;
    EXPECT_TRUE(differs) << "the groups should change which images are drawn";
}

TEST(GroupedSplits, FoldsKeepEachGroupWholeAndStayBalanced)
{
    const Dataset dataset = groupedDataset(4);
    std::vector<int> labels;
    std::vector<std::string> groups;
    for (const ImageEntry& image : dataset.images) {
        labels.push_back(image.label);
        groups.push_back(image.group);
    }
    const std::vector<int> folds = stratifiedFolds(labels, groups, 5, 42);
    std::map<std::string, std::set<int>> foldsOfGroup;
    std::vector<int> perFold(5, 0);
    for (std::size_t i = 0; i < folds.size(); ++i) {
        foldsOfGroup[groups[i]].insert(folds[i]);
        ++perFold[static_cast<std::size_t>(folds[i])];
    }
    for (const auto& [group, inFolds] : foldsOfGroup)
        EXPECT_EQ(inFolds.size(), 1u) << group;
    const double mean = static_cast<double>(folds.size()) / 5;
    for (int count : perFold)
        EXPECT_NEAR(count, mean, 0.15 * mean);
    EXPECT_EQ(stratifiedFolds(labels, groups, 5, 42), folds);
}

TEST(GroupedSplits, ATestSplitIsRefusedWhereThereIsATestFolder)
{
    Dataset dataset = groupedDataset(1);
    dataset.images.front().split = Split::Test;
    EXPECT_THROW(assignTestSplit(dataset, 0.2, 1), Error);
    EXPECT_NO_THROW(assignTestSplit(dataset, 0.0, 1));
}

TEST(ImageMetadata, ReadsQuotedFieldsAByteOrderMarkAndWindowsLineEnds)
{
    const std::string dir = fixtures::makeTempDir("tl-metadata");
    const std::string csv = writeFile(dir, "m.csv",
                                      "\xEF\xBB\xBFimage,group,site\r\n"
                                      "benign/a.jpg,P1,\"north, ward 2\"\r\n"
                                      "\"malignant/./b.jpg\",P1,\"the \"\"old\"\" wing\"\r\n"
                                      "\r\n"
                                      "benign/c.jpg,,south\r\n");
    const ImageMetadata metadata = readImageMetadata(csv);
    EXPECT_EQ(metadata.columns, (std::vector<std::string>{"image", "group", "site"}));
    EXPECT_EQ(metadata.value("benign/a.jpg", "site"), "north, ward 2");
    EXPECT_EQ(metadata.value("malignant/b.jpg", "site"), "the \"old\" wing");
    EXPECT_EQ(metadata.value("benign/c.jpg", "group"), "");
    EXPECT_FALSE(metadata.value("benign/zzz.jpg", "group").has_value());

    Dataset dataset;
    dataset.root = "/d";
    dataset.classes = {"benign", "malignant"};
    dataset.images = {
        {"/d/benign/a.jpg", 0}, {"/d/malignant/b.jpg", 1}, {"/d/benign/c.jpg", 0}, {"/d/benign/x.jpg", 0}};
    groupByMetadata(dataset, metadata);
    EXPECT_EQ(dataset.images[0].group, "P1");
    EXPECT_EQ(dataset.images[1].group, "P1");
    EXPECT_EQ(dataset.images[2].group, ""); // an empty group: its own
    EXPECT_EQ(dataset.images[3].group, ""); // no row: its own
    EXPECT_EQ(countGroups(dataset).groups, 3u);
    EXPECT_EQ(countGroups(dataset).ungroupedImages, 2u);
    EXPECT_EQ(dataset.grouping, "metadata " + csv);
    fs::remove_all(dir);
}

TEST(ImageMetadata, MalformedFilesGiveErrorsThatNameTheLine)
{
    const std::string dir = fixtures::makeTempDir("tl-metadata");
    auto errorOf = [&](const std::string& content) {
        try {
            readImageMetadata(writeFile(dir, "bad.csv", content));
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_NE(errorOf("path,group\na.jpg,1\n").find("has no column named image (its header: path, group)"),
              std::string::npos);
    EXPECT_NE(errorOf("image,group\na.jpg,1\nb.jpg\n").find("line 3 has 1 field(s) where the header has 2"),
              std::string::npos);
    EXPECT_NE(errorOf("image,group\na.jpg,1\n./a.jpg,2\n").find("line 3 lists the image 'a.jpg' a second time"),
              std::string::npos);
    EXPECT_NE(errorOf("").find("is empty"), std::string::npos);
    EXPECT_THROW(readImageMetadata(dir + "/missing.csv"), Error);

    Dataset dataset;
    EXPECT_THROW(groupByMetadata(dataset, readImageMetadata(writeFile(dir, "site.csv", "image,site\na.jpg,x\n"))),
                 Error);
    fs::remove_all(dir);
}

TEST(ImageGroups, APatternGroupsByItsCaptureInTheFileName)
{
    Dataset dataset;
    dataset.root = "/d";
    dataset.images = {
        {"/d/benign/ISIC_0001_a.jpg", 0}, {"/d/malignant/ISIC_0001_b.jpg", 1}, {"/d/benign/other.jpg", 0}};
    groupByPattern(dataset, R"(^(ISIC_\d+)_)");
    EXPECT_EQ(dataset.images[0].group, "ISIC_0001");
    EXPECT_EQ(dataset.images[1].group, "ISIC_0001");
    EXPECT_EQ(dataset.images[2].group, "");
    EXPECT_THROW(groupByPattern(dataset, "^ISIC"), Error); // no capture group
    EXPECT_THROW(groupByPattern(dataset, "(["), Error);
}

TEST(ImageGroups, PathsAreRelativeToTheDatasetOrAbsoluteOutsideIt)
{
    Dataset dataset;
    dataset.root = "/d/set/";
    EXPECT_EQ(datasetRelativePath(dataset, "/d/set/train/benign/a.jpg"), "train/benign/a.jpg");
    EXPECT_EQ(datasetRelativePath(dataset, "/elsewhere/test/benign/a.jpg"), "/elsewhere/test/benign/a.jpg");
}

TEST(ImageGroups, PuttingTwoImagesInOneGroupJoinsTheirGroups)
{
    ImageMetadata metadata;
    putInOneGroup(metadata, "benign/a.jpg", "malignant/b.jpg"); // no file yet: a new group
    EXPECT_EQ(metadata.columns, (std::vector<std::string>{"image", "group"}));
    EXPECT_EQ(metadata.value("benign/a.jpg", "group"), "benign/a.jpg");
    EXPECT_EQ(metadata.value("malignant/b.jpg", "group"), "benign/a.jpg");

    metadata.rows["c.jpg"] = {"c.jpg", "P7"};
    metadata.rows["d.jpg"] = {"d.jpg", "P7"};
    putInOneGroup(metadata, "benign/a.jpg", "./c.jpg"); // P7 joins the first's group, d.jpg with it
    EXPECT_EQ(metadata.value("c.jpg", "group"), "benign/a.jpg");
    EXPECT_EQ(metadata.value("d.jpg", "group"), "benign/a.jpg");

    Dataset dataset;
    dataset.root = "/d";
    dataset.images = {{"/d/benign/a.jpg", 0}, {"/d/d.jpg", 1}, {"/d/e.jpg", 1}};
    groupByMetadata(dataset, metadata);
    EXPECT_EQ(dataset.images[0].group, dataset.images[1].group);
    EXPECT_EQ(dataset.images[2].group, "");
    EXPECT_EQ(dataset.grouping, "groups set in the window");
}
