// Fuzzes the dataset image loader: every image a dataset lists is decoded, converted to the
// network's input and resized this way, whatever its bytes.
#include "FuzzInput.h"
#include "ImageDecoder.h"
#include "Preprocessing.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tl::fuzz::refusedOnlyWithError([&] {
        const tl::RgbImage image = tl::decodeImageBytes({data, data + size}, "fuzz input");
        tl::fuzz::check(image.width > 0 && image.height > 0, "decoded image has no pixels");
        tl::fuzz::check(image.pixels.size() == static_cast<std::size_t>(image.width) * image.height * 3,
                        "decoded pixels do not match the image size");
        const torch::Tensor input = tl::preprocess(tl::rgbTensor(image), 32, tl::PreprocessMode::Caffe);
        tl::fuzz::check(input.sizes() == torch::IntArrayRef({3, 32, 32}) && torch::isfinite(input).all().item<bool>(),
                        "preprocessed input is not 3 x 32 x 32 finite values");
    });
    return 0;
}
