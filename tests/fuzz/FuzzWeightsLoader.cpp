// Fuzzes the backbone weights loader: a Keras HDF5 file read layer by layer, then checked
// against each backbone's plan (VGG16, MobileNetV2) and turned into the network's tensors.
#include "ConvNetwork.h"
#include "FuzzInput.h"
#include "Hdf5Handles.h"
#include "KerasWeights.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = tl::fuzz::writeInputFile(data, size, ".h5");
    std::vector<tl::KerasLayerWeights> layers;
    tl::fuzz::refusedOnlyWithError([&] {
        layers = tl::readKerasWeights(path);
        for (const tl::KerasLayerWeights& layer : layers)
            for (const tl::FloatArray& array : layer.arrays) {
                std::int64_t count = 1;
                for (const std::int64_t dimension : array.shape)
                    count *= dimension;
                tl::fuzz::check(count == static_cast<std::int64_t>(array.values.size()),
                                "an array's values do not match its shape");
            }
    });
    for (const tl::BackboneSpec& backbone : tl::backboneRegistry())
        tl::fuzz::refusedOnlyWithError([&] { tl::ConvNetwork::fromKeras(backbone.id, layers, path); });
    tl::fuzz::checkNoHdf5HandleLeft();
    return 0;
}
