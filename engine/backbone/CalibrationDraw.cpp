#include "CalibrationDraw.h"

#include "Error.h"
#include "Hashing.h"
#include "ImageDecoder.h"
#include "Preprocessing.h"

#include <algorithm>

namespace tl {
namespace {

std::string pathInside(const std::string& path, const std::string& root)
{
    return path.compare(0, root.size(), root) == 0 ? path.substr(root.size()) : path;
}

} // namespace

CalibrationDraw drawInt8Calibration(const Dataset& dataset, std::uint64_t seed, std::size_t count)
{
    std::vector<std::pair<std::string, const ImageEntry*>> ranked;
    for (const ImageEntry& image : dataset.images) {
        if (image.split != Split::Train)
            continue; // never an image the metrics are measured on
        const std::string named = std::to_string(seed) + " " + pathInside(image.path, dataset.root);
        // The rank: a hash, so that the draw is uniform over the folder and stable as it grows.
        ranked.emplace_back(sha256Hex(named.data(), named.size()), &image);
    }
    std::sort(ranked.begin(), ranked.end());
    CalibrationDraw draw;
    draw.calibration.seed = seed;
    for (const auto& [rank, image] : ranked) {
        if (draw.paths.size() == count)
            break;
        try {
            draw.calibration.imageHashes.push_back(sha256OfFile(image->path));
            draw.paths.push_back(image->path);
            draw.labels.push_back(image->label);
        } catch (const Error&) {
        }
    }
    return draw;
}

DrawnImages decodeDrawn(const CalibrationDraw& draw, std::size_t begin, std::size_t end, int imageSize,
                        PreprocessMode mode)
{
    DrawnImages drawn;
    std::vector<torch::Tensor> images;
    for (std::size_t i = begin; i < std::min(end, draw.paths.size()); ++i) {
        try {
            images.push_back(preprocess(rgbTensor(decodeImage(draw.paths[i])), imageSize, mode));
            drawn.labels.push_back(draw.labels[i]);
        } catch (const Error&) {
        }
    }
    if (!images.empty())
        drawn.images = torch::stack(images);
    return drawn;
}

} // namespace tl
