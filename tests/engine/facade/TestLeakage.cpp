#include "Error.h"
#include "Fixtures.h"
#include "ImageGroups.h"
#include "Leakage.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>

using namespace tl;
namespace fs = std::filesystem;

namespace {

const ImagePair* pairOf(const LeakageReport& report, const std::string& a, const std::string& b)
{
    for (const ImagePair& pair : report.pairs) {
        const std::string x = datasetRelativePath(report.dataset, report.dataset.images[pair.a].path);
        const std::string y = datasetRelativePath(report.dataset, report.dataset.images[pair.b].path);
        if ((x == a && y == b) || (x == b && y == a))
            return &pair;
    }
    return nullptr;
}

} // namespace

// Copies planted in a dataset with a test folder: an exact copy filed under the other class, a
// flipped copy and a JPEG re-encode in the test folder. The hashes find them even on seeded random
// backbone weights, whose features alone could not.
TEST(Leakage, FindsPlantedCopiesAndSaysWhichCrossASplitOrTwoClasses)
{
    const std::string dir = fixtures::makeTempDir("tl-leakage");
    fixtures::writeSeededVgg16Weights(dir + "/vgg16.h5", 8);
    fixtures::SyntheticDatasetSpec spec;
    spec.imagesPerClass = 12;
    spec.size = 96;
    fixtures::writeSyntheticDataset(dir + "/data/train", spec);
    spec.seed = 31;
    spec.imagesPerClass = 3;
    fixtures::writeSyntheticDataset(dir + "/data/test", spec);
    fs::copy_file(dir + "/data/train/benign/0.png", dir + "/data/train/malignant/copy-of-benign-0.png");
    cv::Mat flipped;
    cv::flip(cv::imread(dir + "/data/train/benign/1.png"), flipped, 1);
    cv::imwrite(dir + "/data/test/benign/flipped-1.png", flipped);
    cv::imwrite(dir + "/data/test/malignant/jpeg-2.jpg", cv::imread(dir + "/data/train/malignant/2.png"),
                {cv::IMWRITE_JPEG_QUALITY, 60});

    TrainConfig config = fixtures::smallTrainConfig(dir);
    config.imageSize = 96;
    const LeakageReport report = findLeakage(scanDataset(dir + "/data"), config, kDefaultLeakageThreshold).value();
    EXPECT_EQ(report.images, 33u);

    const ImagePair* exact = pairOf(report, "train/benign/0.png", "train/malignant/copy-of-benign-0.png");
    ASSERT_NE(exact, nullptr);
    EXPECT_EQ(exact->kind, PairKind::Exact);
    EXPECT_EQ(exact->similarity, 1.0);
    EXPECT_TRUE(exact->labelConflict);

    const ImagePair* flip = pairOf(report, "train/benign/1.png", "test/benign/flipped-1.png");
    ASSERT_NE(flip, nullptr);
    EXPECT_EQ(flip->kind, PairKind::Near);
    EXPECT_LE(flip->hashDistance, 4);
    EXPECT_FALSE(flip->labelConflict);
    EXPECT_TRUE(flip->crossing == "train-test" || flip->crossing == "validation-test") << flip->crossing;

    const ImagePair* jpeg = pairOf(report, "train/malignant/2.png", "test/malignant/jpeg-2.jpg");
    ASSERT_NE(jpeg, nullptr);
    EXPECT_GE(jpeg->similarity, kDefaultLeakageThreshold);

    // Most similar first; the JSON names the pairs as --json documents them.
    for (std::size_t i = 1; i < report.pairs.size(); ++i)
        EXPECT_GE(report.pairs[i - 1].similarity, report.pairs[i].similarity);
    const nlohmann::json json = nlohmann::json::parse(toJson(report));
    EXPECT_EQ(json["images"], 33);
    EXPECT_EQ(json["threshold"], kDefaultLeakageThreshold);
    EXPECT_EQ(json["pairs"][0]["kind"], "exact");
    EXPECT_EQ(json["pairs"][0]["crosses"].get<std::string>().empty(), false);
    fs::remove_all(dir);
}

TEST(Leakage, TheSimilarityTrustsTheFeaturesMoreWhenTheHashesAgree)
{
    EXPECT_DOUBLE_EQ(hashAgreementFactor(0), 1.0 / 8);
    EXPECT_DOUBLE_EQ(hashAgreementFactor(2), 1.0 / 5);
    EXPECT_DOUBLE_EQ(hashAgreementFactor(3), 1.0 / 4);
    EXPECT_DOUBLE_EQ(hashAgreementFactor(6), 1.0 / 2);
    EXPECT_DOUBLE_EQ(hashAgreementFactor(7), 1.0);
    EXPECT_THROW(findLeakage(Dataset{}, TrainConfig{}, 1.5), Error);
}
