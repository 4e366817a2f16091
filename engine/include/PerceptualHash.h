#pragma once
// A 64-bit perceptual hash (pHash: the signs of an image's lowest DCT frequencies against their
// median, on a 32x32 grey copy) that a JPEG re-encode, a resize or a change of brightness barely
// moves, where the backbone's pooled features move a lot. Each image keeps the hashes of its eight
// dihedral views (flips and quarter turns), whole and centre-cropped, so that a flipped, rotated
// or cropped copy still meets its original.
#include "ImageDecoder.h"

#include <array>
#include <cstdint>

namespace tl {

constexpr int kDihedralHashViews = 8;      // the image, its mirror, and both turned by 90, 180 and 270 degrees
constexpr double kHashCropFraction = 0.88; // the centre crop's side, as a fraction of the image's

struct PerceptualHashes {
    // [0..7]: the whole image's dihedral views, [8..15] the centre crop's; [0] is the image as it is.
    std::array<std::uint64_t, 2 * kDihedralHashViews> views{};
    std::uint64_t canonical() const { return views[0]; }
};

PerceptualHashes perceptualHashes(const RgbImage& image);

// The fewest differing bits (0..64) between one image as it is and any view of the other, both ways.
int hashDistance(const PerceptualHashes& a, const PerceptualHashes& b);

} // namespace tl
