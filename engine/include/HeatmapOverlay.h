#pragma once
// Draws a Grad-CAM heat map over the image it explains (the same picture in the app and in
// `transferlab-cli explain`), and writes images to disk. No torch types here.
#include "ImageDecoder.h"

#include <string>
#include <vector>

namespace tl {

// A coarse map over the whole image, row-major, values 0..1.
struct Heatmap {
    int width = 0, height = 0;
    std::vector<float> values;
};

// The map stretched smoothly to the image, coloured (blue: none, red: most), blended with
// the given opacity (0: the image alone, 1: the colours alone).
RgbImage overlayHeatmap(const RgbImage& image, const Heatmap& heatmap, double opacity);

// PNG or JPEG by the extension, written atomically. Throws tl::Error.
void writeImageFile(const RgbImage& image, const std::string& path);

} // namespace tl
