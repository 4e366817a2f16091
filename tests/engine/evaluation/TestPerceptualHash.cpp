#include "Leakage.h"
#include "PerceptualHash.h"

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <bitset>
#include <random>

using namespace tl;

namespace {

// A lesion-like picture: a few soft blobs of random size and colour on a noisy skin tone.
cv::Mat picture(std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    cv::Mat image(160, 160, CV_8UC3, cv::Scalar(150, 170, 210));
    for (int blob = 0; blob < 6; ++blob)
        cv::circle(image, cv::Point(static_cast<int>(160 * unit(random)), static_cast<int>(160 * unit(random))),
                   static_cast<int>(10 + 40 * unit(random)),
                   cv::Scalar(255 * unit(random), 255 * unit(random), 255 * unit(random)), cv::FILLED);
    cv::GaussianBlur(image, image, cv::Size(9, 9), 3);
    cv::Mat noise(image.size(), CV_8UC3);
    cv::randu(noise, 0, 12);
    return image + noise;
}

PerceptualHashes hashesOf(const cv::Mat& bgr)
{
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    RgbImage image{rgb.cols, rgb.rows, std::vector<std::uint8_t>(rgb.data, rgb.data + rgb.total() * 3)};
    return perceptualHashes(image);
}

cv::Mat reencoded(const cv::Mat& image, int quality)
{
    std::vector<std::uint8_t> bytes;
    cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(bytes, cv::IMREAD_COLOR);
}

} // namespace

TEST(PerceptualHash, CopiesStayWithinFourBitsOfTheirOriginal)
{
    for (std::uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
        const cv::Mat original = picture(seed);
        const PerceptualHashes hashes = hashesOf(original);
        cv::Mat flipped, turned, resized, cropped, brighter;
        cv::flip(original, flipped, 1);
        cv::rotate(original, turned, cv::ROTATE_90_COUNTERCLOCKWISE);
        cv::resize(original, resized, cv::Size(224, 224), 0, 0, cv::INTER_CUBIC);
        cv::resize(original(cv::Rect(10, 10, 140, 140)), cropped, original.size(), 0, 0, cv::INTER_CUBIC);
        original.convertTo(brighter, -1, 1.06, 0);
        const std::vector<std::pair<const char*, cv::Mat>> copies = {{"jpeg 60", reencoded(original, 60)},
                                                                     {"flipped", flipped},
                                                                     {"turned", turned},
                                                                     {"resized", resized},
                                                                     {"cropped", cropped},
                                                                     {"brighter", brighter},
                                                                     {"flipped jpeg", reencoded(flipped, 70)}};
        for (const auto& [name, copy] : copies) {
            EXPECT_LE(hashDistance(hashes, hashesOf(copy)), 4) << name << ", seed " << seed;
            EXPECT_EQ(hashDistance(hashes, hashesOf(copy)), hashDistance(hashesOf(copy), hashes)) << name;
        }
        EXPECT_EQ(hashDistance(hashes, hashes), 0);
        // The DC term and the 31 of the other 63 frequencies above their median: 32 bits set.
        EXPECT_EQ(std::bitset<64>(hashes.canonical()).count(), 32u);
    }
}

TEST(PerceptualHash, DifferentPicturesAreFarApart)
{
    std::vector<PerceptualHashes> hashes;
    for (std::uint64_t seed = 10; seed < 30; ++seed)
        hashes.push_back(hashesOf(picture(seed)));
    int nearest = 64;
    for (std::size_t i = 0; i < hashes.size(); ++i)
        for (std::size_t j = i + 1; j < hashes.size(); ++j)
            nearest = std::min(nearest, hashDistance(hashes[i], hashes[j]));
    EXPECT_GT(nearest, kMostHashBitsThatCount);
}
