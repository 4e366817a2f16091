#include "HeatmapOverlay.h"

#include "AtomicFile.h"
#include "Error.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>

namespace tl {
namespace {

cv::Mat rgbMat(const RgbImage& image)
{
    return cv::Mat(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
}

RgbImage rgbImageFrom(const cv::Mat& rgb)
{
    RgbImage image;
    image.width = rgb.cols;
    image.height = rgb.rows;
    image.pixels.assign(rgb.datastart, rgb.dataend);
    return image;
}

} // namespace

RgbImage overlayHeatmap(const RgbImage& image, const Heatmap& heatmap, double opacity)
{
    if (heatmap.width <= 0 || heatmap.height <= 0 ||
        heatmap.values.size() != static_cast<std::size_t>(heatmap.width) * static_cast<std::size_t>(heatmap.height))
        throw Error(Message{TL_MESSAGE("heatmap-damaged", "the heat map is empty or damaged"), {}});
    opacity = std::clamp(opacity, 0.0, 1.0);
    cv::Mat levels;
    cv::Mat(heatmap.height, heatmap.width, CV_32F, const_cast<float*>(heatmap.values.data()))
        .convertTo(levels, CV_8U, 255.0);
    cv::resize(levels, levels, cv::Size(image.width, image.height), 0, 0, cv::INTER_CUBIC);
    cv::Mat colours;
    cv::applyColorMap(levels, colours, cv::COLORMAP_JET); // BGR
    cv::cvtColor(colours, colours, cv::COLOR_BGR2RGB);
    cv::Mat blended;
    cv::addWeighted(rgbMat(image), 1.0 - opacity, colours, opacity, 0.0, blended);
    return rgbImageFrom(blended);
}

void writeImageFile(const RgbImage& image, const std::string& path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
    if (extension != ".png" && extension != ".jpg" && extension != ".jpeg")
        throw Error(Message{
            TL_MESSAGE("overlay-unsupported-extension", "cannot write '%1': use a .png or .jpg file name"), {path}});
    cv::Mat bgr;
    cv::cvtColor(rgbMat(image), bgr, cv::COLOR_RGB2BGR);
    std::vector<std::uint8_t> bytes;
    if (!cv::imencode(extension, bgr, bytes))
        throw Error(Message{TL_MESSAGE("overlay-cannot-encode", "cannot encode the image for '%1'"), {path}});
    writeFileAtomically(path, std::string(bytes.begin(), bytes.end()));
}

} // namespace tl
