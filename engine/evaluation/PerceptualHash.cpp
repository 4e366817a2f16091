#include "PerceptualHash.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <bitset>
#include <vector>

namespace tl {
namespace {

constexpr int kSide = 32, kLowFrequencies = 8;

// The 64 lowest frequencies' signs against their median (the DC term left out of the median).
std::uint64_t hashOf(const cv::Mat& grey32)
{
    cv::Mat dct;
    cv::dct(grey32, dct);
    std::vector<float> low;
    for (int y = 0; y < kLowFrequencies; ++y)
        for (int x = 0; x < kLowFrequencies; ++x)
            low.push_back(dct.at<float>(y, x));
    std::vector<float> sorted(low.begin() + 1, low.end());
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    const float median = sorted[sorted.size() / 2];
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < low.size(); ++i)
        bits |= static_cast<std::uint64_t>(low[i] > median) << i;
    return bits;
}

// The eight hashes of a square grey image's flips and quarter turns.
void dihedralHashes(const cv::Mat& grey32, std::uint64_t* out)
{
    cv::Mat view = grey32.clone();
    for (int turn = 0; turn < 4; ++turn) {
        out[2 * turn] = hashOf(view);
        cv::Mat mirrored;
        cv::flip(view, mirrored, 1);
        out[2 * turn + 1] = hashOf(mirrored);
        cv::Mat turned;
        cv::rotate(view, turned, cv::ROTATE_90_CLOCKWISE);
        view = turned;
    }
}

cv::Mat greyThumbnail(const cv::Mat& grey, double fraction)
{
    const int width = std::max(1, static_cast<int>(grey.cols * fraction + 0.5));
    const int height = std::max(1, static_cast<int>(grey.rows * fraction + 0.5));
    const cv::Mat crop = grey(cv::Rect((grey.cols - width) / 2, (grey.rows - height) / 2, width, height));
    cv::Mat small;
    cv::resize(crop, small, cv::Size(kSide, kSide), 0, 0, cv::INTER_AREA);
    cv::Mat floats;
    small.convertTo(floats, CV_32F);
    return floats;
}

} // namespace

PerceptualHashes perceptualHashes(const RgbImage& image)
{
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat grey;
    cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);
    PerceptualHashes hashes;
    dihedralHashes(greyThumbnail(grey, 1.0), hashes.views.data());
    dihedralHashes(greyThumbnail(grey, kHashCropFraction), hashes.views.data() + kDihedralHashViews);
    return hashes;
}

int hashDistance(const PerceptualHashes& a, const PerceptualHashes& b)
{
    auto bits = [](std::uint64_t x) { return static_cast<int>(std::bitset<64>(x).count()); };
    int fewest = 64;
    for (std::size_t v = 0; v < a.views.size(); ++v)
        fewest = std::min({fewest, bits(a.views[v] ^ b.canonical()), bits(b.views[v] ^ a.canonical())});
    return fewest;
}

} // namespace tl
