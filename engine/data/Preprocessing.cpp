#include "Preprocessing.h"

#include "Choices.h"
#include "Error.h"

namespace tl {
namespace {

const Choice<PreprocessMode> kModes[] = {
    {"caffe", PreprocessMode::Caffe}, {"tf", PreprocessMode::Tf}, {"torchvision", PreprocessMode::Torchvision}};

} // namespace

const char* toString(PreprocessMode mode)
{
    return nameOf(mode, kModes);
}

PreprocessMode preprocessModeFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "preprocessing"), kModes);
}

torch::Tensor rgbTensor(const RgbImage& image)
{
    return torch::from_blob(const_cast<std::uint8_t*>(image.pixels.data()), {image.height, image.width, 3},
                            torch::kUInt8)
        .clone();
}

torch::Tensor preprocess(const torch::Tensor& rgbHwc, int size, PreprocessMode mode)
{
    torch::Tensor x = rgbHwc.permute({2, 0, 1}).to(torch::kFloat32).unsqueeze(0);
    if (x.size(2) != size || x.size(3) != size) {
        namespace F = torch::nn::functional;
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{size, size})
                                  .mode(torch::kBilinear)
                                  .align_corners(false)
                                  .antialias(true));
        x = x.clamp(0.0, 255.0);
    }
    x = x.squeeze(0);
    if (mode == PreprocessMode::Caffe) {
        const torch::Tensor bgrMean = torch::tensor({103.939f, 116.779f, 123.68f}).view({3, 1, 1});
        return x.flip({0}) - bgrMean;
    }
    if (mode == PreprocessMode::Tf)
        return x / 127.5f - 1.0f;
    const torch::Tensor mean = torch::tensor({0.485f, 0.456f, 0.406f}).view({3, 1, 1});
    const torch::Tensor std = torch::tensor({0.229f, 0.224f, 0.225f}).view({3, 1, 1});
    return (x / 255.0f - mean) / std;
}

torch::Tensor dihedralView(const torch::Tensor& chw, int view)
{
    torch::Tensor rotated = torch::rot90(chw, view % 4, {1, 2});
    return view >= 4 ? rotated.flip({2}).contiguous() : rotated.contiguous();
}

} // namespace tl
