#include "Dataset.h"
#include "DatasetFiles.h"
#include "Error.h"
#include "Fixtures.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace tl;

TEST(Dataset, ScansClassFoldersSortedWithLabels)
{
    const std::string dir = fixtures::makeTempDir("tl-dataset");
    fixtures::SyntheticDatasetSpec spec;
    spec.classes = {"malignant", "benign"};
    spec.imagesPerClass = 3;
    fixtures::writeSyntheticDataset(dir, spec);
    const Dataset dataset = scanDataset(dir);
    ASSERT_EQ(dataset.classes, (std::vector<std::string>{"benign", "malignant"}));
    EXPECT_EQ(dataset.countPerClass(Split::Train), (std::vector<int>{3, 3}));
    EXPECT_FALSE(dataset.hasTestFolder);
    EXPECT_EQ(dataset.images.front().label, 0);
    EXPECT_NE(dataset.images.front().path.find("/benign/"), std::string::npos);
    fs::remove_all(dir);
}

TEST(Dataset, RecognisesTrainAndTestLayout)
{
    const std::string dir = fixtures::makeTempDir("tl-dataset");
    fixtures::SyntheticDatasetSpec spec;
    spec.imagesPerClass = 4;
    fixtures::writeSyntheticDataset(dir + "/train", spec);
    spec.imagesPerClass = 2;
    fixtures::writeSyntheticDataset(dir + "/test", spec);
    const Dataset dataset = scanDataset(dir);
    EXPECT_TRUE(dataset.hasTestFolder);
    EXPECT_EQ(dataset.countPerClass(Split::Train), (std::vector<int>{4, 4}));
    EXPECT_EQ(dataset.countPerClass(Split::Test), (std::vector<int>{2, 2}));
    fs::remove_all(dir);
}

TEST(Dataset, ReportsEverySkippedFileWithItsReason)
{
    const std::string dir = fixtures::makeTempDir("tl-dataset");
    fixtures::SyntheticDatasetSpec spec;
    spec.imagesPerClass = 2;
    fixtures::writeSyntheticDataset(dir, spec);
    fixtures::writeBytes(fs::path(dir) / "benign" / "empty.jpg", "");
    fixtures::writeBytes(fs::path(dir) / "benign" / "notes.jpg", "this is text, not a JPEG");
    fixtures::writeBytes(fs::path(dir) / "benign" / "readme.txt", "hello");
    fixtures::writeBytes(fs::path(dir) / "malignant" / "UPPER CASE é.PNG",
                         std::string("\x89PNG\r\n\x1a\n", 8) + "rest");
    const Dataset dataset = scanDataset(dir);
    EXPECT_EQ(fixtures::reasonFor(dataset, "empty.jpg"), "empty file (0 bytes)");
    EXPECT_EQ(fixtures::reasonFor(dataset, "notes.jpg"),
              "not an image: its content is not JPEG, PNG, BMP, TIFF or WebP");
    EXPECT_EQ(fixtures::reasonFor(dataset, "readme.txt"), "not an image: unsupported extension '.txt'");
    EXPECT_EQ(dataset.countPerClass(Split::Train), (std::vector<int>{2, 3})); // upper-case extension accepted
    fs::remove_all(dir);
}

TEST(Dataset, StratifiedSeededValidationSplit)
{
    const std::string dir = fixtures::makeTempDir("tl-dataset");
    fixtures::SyntheticDatasetSpec spec;
    spec.imagesPerClass = 10;
    spec.size = 8;
    fixtures::writeSyntheticDataset(dir, spec);
    Dataset a = scanDataset(dir);
    Dataset b = scanDataset(dir);
    assignValidationSplit(a, 0.2, 5);
    assignValidationSplit(b, 0.2, 5);
    EXPECT_EQ(a.countPerClass(Split::Validation), (std::vector<int>{2, 2}));
    EXPECT_EQ(a.countPerClass(Split::Train), (std::vector<int>{8, 8}));
    for (std::size_t i = 0; i < a.images.size(); ++i)
        EXPECT_EQ(a.images[i].split, b.images[i].split);
    Dataset c = scanDataset(dir);
    assignValidationSplit(c, 0.2, 6);
    bool differs = false;
    for (std::size_t i = 0; i < a.images.size(); ++i)
        differs |= a.images[i].split != c.images[i].split;
    EXPECT_TRUE(differs) << "another seed should pick other images";
    fs::remove_all(dir);
}

TEST(Dataset, ClearErrorsForUnusableFolders)
{
    EXPECT_THROW(scanDataset("/nonexistent/tl"), Error);
    const std::string dir = fixtures::makeTempDir("tl-dataset");
    try {
        scanDataset(dir);
        FAIL() << "an empty folder must be refused";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("has no class folders"), std::string::npos);
    }
    fixtures::SyntheticDatasetSpec spec;
    spec.classes = {"only"};
    spec.imagesPerClass = 3;
    fixtures::writeSyntheticDataset(dir, spec);
    try {
        checkTrainable(scanDataset(dir));
        FAIL() << "a single class must be refused for training";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("at least two classes"), std::string::npos);
    }
    fs::remove_all(dir);
}
