#include "ImageDecoder.h"

#include "Error.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>
#include <iterator>

namespace tl {
namespace {

cv::Mat toRgb8(const cv::Mat& decoded)
{
    cv::Mat eightBit;
    if (decoded.depth() == CV_16U)
        decoded.convertTo(eightBit, CV_8U, 1.0 / 257.0);
    else if (decoded.depth() == CV_32F)
        decoded.convertTo(eightBit, CV_8U, 255.0);
    else
        eightBit = decoded;
    cv::Mat rgb;
    switch (eightBit.channels()) {
    case 1: cv::cvtColor(eightBit, rgb, cv::COLOR_GRAY2RGB); break;
    case 3: cv::cvtColor(eightBit, rgb, cv::COLOR_BGR2RGB); break;
    case 4: cv::cvtColor(eightBit, rgb, cv::COLOR_BGRA2RGB); break;
    default: throw Error("unsupported number of colour channels: " + std::to_string(eightBit.channels()));
    }
    return rgb;
}

// JPEG can be decoded at 1/2, 1/4 or 1/8 scale, which keeps huge photos within memory.
int reducedDecodeFlag(const std::vector<std::uint8_t>& bytes)
{
    // Read the header only: cv::imdecode has no header-only mode, so parse the JPEG SOF marker.
    if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        return cv::IMREAD_UNCHANGED;
    std::size_t i = 2;
    while (i + 9 < bytes.size()) {
        if (bytes[i] != 0xFF) {
            ++i;
            continue;
        }
        const std::uint8_t marker = bytes[i + 1];
        const std::size_t length = (bytes[i + 2] << 8) | bytes[i + 3];
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            const std::int64_t height = (bytes[i + 5] << 8) | bytes[i + 6];
            const std::int64_t width = (bytes[i + 7] << 8) | bytes[i + 8];
            const std::int64_t pixels = width * height;
            if (pixels > kMaxDecodedPixels * 16)
                return cv::IMREAD_REDUCED_COLOR_8;
            if (pixels > kMaxDecodedPixels * 4)
                return cv::IMREAD_REDUCED_COLOR_4;
            if (pixels > kMaxDecodedPixels)
                return cv::IMREAD_REDUCED_COLOR_2;
            return cv::IMREAD_UNCHANGED;
        }
        i += 2 + length;
    }
    return cv::IMREAD_UNCHANGED;
}

} // namespace

RgbImage decodeImageBytes(const std::vector<std::uint8_t>& bytes, const std::string& name)
{
    if (bytes.empty())
        throw Error("'" + name + "' is empty (0 bytes)");
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(bytes, reducedDecodeFlag(bytes) | cv::IMREAD_ANYDEPTH);
    } catch (const cv::Exception& e) {
        throw Error("'" + name + "' could not be decoded: " + e.msg);
    }
    if (decoded.empty())
        throw Error("'" + name + "' is not a readable image (damaged, truncated or unsupported format)");
    if (static_cast<std::int64_t>(decoded.cols) * decoded.rows > kMaxDecodedPixels * 4)
        throw Error("'" + name + "' is too large (" + std::to_string(decoded.cols) + "x" +
                    std::to_string(decoded.rows) + " pixels)");
    const cv::Mat rgb = toRgb8(decoded);
    RgbImage image;
    image.width = rgb.cols;
    image.height = rgb.rows;
    image.pixels.resize(static_cast<std::size_t>(rgb.cols) * rgb.rows * 3);
    for (int row = 0; row < rgb.rows; ++row)
        std::copy_n(rgb.ptr<std::uint8_t>(row), rgb.cols * 3,
                    image.pixels.data() + static_cast<std::size_t>(row) * rgb.cols * 3);
    return image;
}

RgbImage decodeImage(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot open image '" + path + "' (missing or permission denied)");
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw Error("read error on image '" + path + "'");
    return decodeImageBytes(bytes, path);
}

} // namespace tl
