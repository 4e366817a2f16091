#include "Dataset.h"
#include "Error.h"
#include "ErrorReview.h"
#include "Fixtures.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace tl;
namespace fs = std::filesystem;

TEST(ErrorReview, ListsMistakesMostConfidentFirst)
{
    const ScoredSamples samples = {
        {"a", "b", "c", "d", "e"}, {0, 1, 1, 0, 1}, {{0.4, 0.6}, {0.1, 0.9}, {0.95, 0.05}, {0.2, 0.8}, {0.7, 0.3}}};
    const std::vector<int> predicted = {1, 1, 0, 1, 0};
    const std::vector<ReviewItem> all = misclassifiedImages(samples, predicted);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[0].path, "c");
    EXPECT_DOUBLE_EQ(all[0].confidence, 0.95);
    EXPECT_EQ(all[1].path, "d");
    EXPECT_EQ(all[2].path, "e");
    EXPECT_EQ(all[3].path, "a");
    EXPECT_EQ(all[3].sample, 0u);
    EXPECT_EQ(all[3].trueClass, 0);
    EXPECT_EQ(all[3].predictedClass, 1);

    // One cell of the confusion matrix: true 1, predicted 0.
    const std::vector<ReviewItem> cell = misclassifiedImages(samples, predicted, 1, 0);
    ASSERT_EQ(cell.size(), 2u);
    EXPECT_EQ(cell[0].path, "c");
    EXPECT_EQ(cell[1].path, "e");
}

class ReviewMarksTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fixtures::makeTempDir("tl-review");
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 3;
        spec.size = 16;
        m_images = fixtures::writeSyntheticDataset(m_dir + "/data", spec);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string m_dir;
    std::vector<std::string> m_images;
};

TEST_F(ReviewMarksTest, MarkedImagesAreLeftOutOfTheDatasetWithTheirReason)
{
    const std::string root = m_dir + "/data";
    markImage(root, m_images[1], ReviewMark::Mislabelled);
    const ReviewMarks marks = markImage(root + "/", m_images[4], ReviewMark::Excluded); // "data/" is "data"
    EXPECT_EQ(marks.size(), 2u);
    EXPECT_EQ(marks.at("benign/1.png"), ReviewMark::Mislabelled);
    EXPECT_EQ(marks.at("malignant/1.png"), ReviewMark::Excluded);

    const Dataset dataset = scanDataset(root);
    EXPECT_EQ(dataset.images.size(), 4u);
    EXPECT_EQ(dataset.countPerClass(), (std::vector<int>{2, 2}));
    ASSERT_EQ(dataset.skipped.size(), 2u);
    EXPECT_EQ(dataset.skipped[0].path, m_images[1]);
    EXPECT_EQ(dataset.skipped[0].reason.english(), "marked as mislabelled in error review");
    EXPECT_EQ(dataset.skipped[1].reason.english(), "excluded in error review");

    // Clearing both marks removes the file and brings the images back.
    markImage(root, m_images[1], std::nullopt);
    markImage(root, m_images[4], std::nullopt);
    EXPECT_FALSE(fs::exists(reviewMarksPath(root)));
    EXPECT_EQ(scanDataset(root).images.size(), 6u);
}

TEST_F(ReviewMarksTest, DamagedMarksFileIsASpecificError)
{
    const std::string root = m_dir + "/data";
    std::ofstream(reviewMarksPath(root)) << "{\"marks\": {\"benign/0.png\": \"maybe\"}}";
    try {
        scanDataset(root);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("the review marks '" + reviewMarksPath(root) + "' are damaged"), std::string::npos)
            << message;
        EXPECT_NE(message.find("unknown review mark 'maybe'"), std::string::npos) << message;
    }
}

TEST_F(ReviewMarksTest, ImagesOutsideTheDatasetCannotBeMarked)
{
    EXPECT_THROW(markImage(m_dir + "/data/benign", m_images[4], ReviewMark::Excluded), Error);
    EXPECT_THROW(reviewMarkFromString("wrong"), Error);
}
