#include "Error.h"
#include "Fixtures.h"
#include "ImageDecoder.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>

using namespace tl;

class ImageDecoderTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = fixtures::makeTempDir("tl-decode"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string write(const std::string& name, const cv::Mat& image)
    {
        const std::string path = m_dir + "/" + name;
        EXPECT_TRUE(cv::imwrite(path, image));
        return path;
    }
    std::string m_dir;
};

TEST_F(ImageDecoderTest, ColourImageBecomesRgb)
{
    cv::Mat bgr(2, 3, CV_8UC3, cv::Scalar(10, 20, 30)); // B G R
    const RgbImage image = decodeImage(write("c.png", bgr));
    ASSERT_EQ(image.width, 3);
    ASSERT_EQ(image.height, 2);
    EXPECT_EQ(image.pixels[0], 30);
    EXPECT_EQ(image.pixels[1], 20);
    EXPECT_EQ(image.pixels[2], 10);
}

TEST_F(ImageDecoderTest, GrayscaleRgbaAndSixteenBitBecomeEightBitRgb)
{
    const RgbImage gray = decodeImage(write("g.png", cv::Mat(4, 4, CV_8UC1, cv::Scalar(77))));
    EXPECT_EQ(gray.pixels[0], 77);
    EXPECT_EQ(gray.pixels[2], 77);
    const RgbImage rgba = decodeImage(write("a.png", cv::Mat(4, 4, CV_8UC4, cv::Scalar(1, 2, 3, 128))));
    EXPECT_EQ(rgba.pixels.size(), 4u * 4u * 3u);
    EXPECT_EQ(rgba.pixels[0], 3);
    const RgbImage deep = decodeImage(write("d.png", cv::Mat(4, 4, CV_16UC3, cv::Scalar(65535, 0, 257 * 100))));
    EXPECT_EQ(deep.pixels[0], 100);
    EXPECT_EQ(deep.pixels[2], 255);
}

TEST_F(ImageDecoderTest, DamagedFilesGiveAClearError)
{
    const std::string good = write("t.png", cv::Mat(64, 64, CV_8UC3, cv::Scalar(1, 2, 3)));
    std::filesystem::resize_file(good, 20);
    try {
        decodeImage(good);
        FAIL() << "a truncated PNG must not decode";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("not a readable image"), std::string::npos) << e.what();
    }
    EXPECT_THROW(decodeImage(m_dir + "/missing.jpg"), Error);
}
