#include "ImageDecoder.h"

#include "Error.h"
#include "FileKind.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <utility>

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
    default:
        throw Error(Message{TL_MESSAGE("image-unsupported-channels", "unsupported number of colour channels: %1"),
                            {std::to_string(eightBit.channels())}});
    }
    return rgb;
}

struct JpegSegment {
    std::uint8_t marker = 0;
    std::size_t offset = 0; // of its 0xFF byte
};

// The marker segments of a JPEG's header, up to and including the first start of scan (SOS).
// Walking them by their lengths skips the EXIF thumbnail, a JPEG inside the APP1 segment.
std::vector<JpegSegment> jpegHeaderSegments(const std::vector<std::uint8_t>& bytes)
{
    std::vector<JpegSegment> segments;
    if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        return segments;
    std::size_t i = 2;
    while (i + 3 < bytes.size()) {
        if (bytes[i] != 0xFF) {
            ++i;
            continue;
        }
        segments.push_back({bytes[i + 1], i});
        if (bytes[i + 1] == 0xDA)
            break;
        i += 2 + ((bytes[i + 2] << 8) | bytes[i + 3]);
    }
    return segments;
}

// JPEG can be decoded at 1/2, 1/4 or 1/8 scale, which keeps huge photos within memory.
int reducedDecodeFlag(const std::vector<std::uint8_t>& bytes)
{
    // Read the header only: cv::imdecode has no header-only mode, so find the start-of-frame marker.
    for (const JpegSegment& segment : jpegHeaderSegments(bytes)) {
        const std::uint8_t marker = segment.marker;
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        const std::size_t i = segment.offset;
        if (startOfFrame && i + 9 < bytes.size()) {
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
    }
    return cv::IMREAD_UNCHANGED;
}

// libjpeg decodes a cut-off JPEG without failing, filling the missing rows with grey: a damaged
// lesion image would train silently. After the first scan, 0xFF 0xD9 can only be the end-of-image
// marker (the coded data escapes 0xFF bytes), so its absence means the file was cut short.
bool isTruncatedJpeg(const std::vector<std::uint8_t>& bytes)
{
    const std::vector<JpegSegment> segments = jpegHeaderSegments(bytes);
    if (segments.empty())
        return false; // not a JPEG
    if (segments.back().marker != 0xDA)
        return true; // the header itself is cut off
    const std::uint8_t endOfImage[] = {0xFF, 0xD9};
    return std::search(bytes.begin() + static_cast<std::ptrdiff_t>(segments.back().offset), bytes.end(),
                       std::begin(endOfImage), std::end(endOfImage)) == bytes.end();
}

// PNG and BMP state their size in the first bytes. Reading it lets a huge image be refused before
// OpenCV allocates it (a 20,000 x 20,000 PNG would take 1.2 GB); JPEG is decoded at a reduced
// scale instead (see reducedDecodeFlag).
std::optional<std::pair<std::int64_t, std::int64_t>> declaredSize(const std::vector<std::uint8_t>& bytes)
{
    auto bigEndian32 = [&](std::size_t at) {
        return (std::int64_t{bytes[at]} << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    };
    auto littleEndian32 = [&](std::size_t at) {
        return static_cast<std::int64_t>(static_cast<std::int32_t>(bytes[at] | (bytes[at + 1] << 8) |
                                                                   (bytes[at + 2] << 16) | (bytes[at + 3] << 24)));
    };
    if (bytes.size() >= 24 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[12] == 'I' && bytes[15] == 'R')
        return std::pair{bigEndian32(16), bigEndian32(20)}; // IHDR: width, height
    if (bytes.size() >= 26 && bytes[0] == 'B' && bytes[1] == 'M')
        return std::pair{std::abs(littleEndian32(18)), std::abs(littleEndian32(22))}; // negative: top-down rows
    return std::nullopt;
}

void refuseOversized(std::int64_t width, std::int64_t height, const std::string& name)
{
    // Each side first: a header may claim 4 billion x 4 billion, whose product overflows.
    constexpr std::int64_t kLimit = kMaxDecodedPixels * 4;
    if (width > kLimit || height > kLimit || width * height > kLimit)
        throw Error(
            Message{TL_MESSAGE("image-too-large", "'%1' is too large (%2x%3 pixels; the limit is %4 megapixels)"),
                    {name, std::to_string(width), std::to_string(height), std::to_string(kLimit / 1000000)}});
}

} // namespace

bool hasSupportedImageSignature(const std::uint8_t* head, std::size_t size)
{
    auto starts = [&](std::initializer_list<std::uint8_t> magic) {
        return size >= magic.size() && std::equal(magic.begin(), magic.end(), head);
    };
    return starts({0xFF, 0xD8, 0xFF}) || starts({0x89, 'P', 'N', 'G'}) || starts({'B', 'M'}) ||
           starts({'I', 'I', 42, 0}) || starts({'M', 'M', 0, 42}) ||
           (starts({'R', 'I', 'F', 'F'}) && size >= 12 && std::equal(head + 8, head + 12, "WEBP"));
}

RgbImage decodeImageBytes(const std::vector<std::uint8_t>& bytes, const std::string& name)
{
    if (bytes.empty())
        throw Error(Message{TL_MESSAGE("image-empty", "'%1' is empty (0 bytes)"), {name}});
    if (!hasSupportedImageSignature(bytes.data(), bytes.size()))
        throw Error(Message{
            TL_MESSAGE("image-not-an-image", "'%1' is not an image: its content is not JPEG, PNG, BMP, TIFF or WebP"),
            {name}});
    if (const auto size = declaredSize(bytes))
        refuseOversized(size->first, size->second, name);
    if (isTruncatedJpeg(bytes))
        throw Error(Message{
            TL_MESSAGE("image-truncated-jpeg", "'%1' is a truncated JPEG (the file ends before the image does)"),
            {name}});
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(bytes, reducedDecodeFlag(bytes) | cv::IMREAD_ANYDEPTH);
    } catch (const cv::Exception& e) {
        throw Error(Message{TL_MESSAGE("image-cannot-decode", "'%1' could not be decoded: %2"), {name, e.msg}});
    }
    if (decoded.empty())
        throw Error(Message{
            TL_MESSAGE("image-unreadable", "'%1' is not a readable image (damaged, truncated or unsupported format)"),
            {name}});
    refuseOversized(decoded.cols, decoded.rows, name);
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
    requireRegularFile(path, TL_MESSAGE("file-role", "image"));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(
            Message{TL_MESSAGE("image-cannot-open", "cannot open image '%1' (missing or permission denied)"), {path}});
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw Error(Message{TL_MESSAGE("image-read-error", "read error on image '%1'"), {path}});
    return decodeImageBytes(bytes, path);
}

} // namespace tl
