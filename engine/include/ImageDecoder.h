#pragma once
// Decodes an image file of any supported format and pixel layout (grayscale, RGBA, 16-bit,
// palette, CMYK) into 8-bit RGB. Very large images are reduced while decoding so that memory
// stays bounded.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tl {

struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // row-major, 3 bytes per pixel, R G B
};

// Throws tl::Error with the reason (unreadable, empty, truncated, not an image...).
RgbImage decodeImage(const std::string& path);
RgbImage decodeImageBytes(const std::vector<std::uint8_t>& bytes, const std::string& nameForMessages);

// Whether the first bytes (12 are enough) are those of a format we decode: JPEG, PNG, BMP, TIFF
// or WebP. OpenCV would try others too (DICOM through GDCM, which aborts the process on some
// damaged files), so nothing else reaches it.
bool hasSupportedImageSignature(const std::uint8_t* head, std::size_t size);

// Images above this many pixels are decoded at a reduced scale (JPEG) or refused.
constexpr std::int64_t kMaxDecodedPixels = 64LL * 1024 * 1024;

} // namespace tl
