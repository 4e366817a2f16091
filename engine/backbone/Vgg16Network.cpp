#include "Vgg16Network.h"

#include "Error.h"
#include "Vgg16Layout.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace tl {
namespace {

std::string shapeText(const std::vector<std::int64_t>& shape)
{
    std::ostringstream text;
    text << "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text << (i ? ", " : "") << shape[i];
    text << ")";
    return text.str();
}

torch::Tensor tensorFrom(const FloatArray& array)
{
    return torch::from_blob(const_cast<float*>(array.values.data()), array.shape, torch::kFloat32).clone();
}

const KerasLayerWeights& findLayer(const std::vector<KerasLayerWeights>& layers, const Vgg16Layer& expected,
                                   const std::string& source)
{
    const auto found = std::find_if(layers.begin(), layers.end(),
                                    [&](const KerasLayerWeights& layer) { return layer.name == expected.name; });
    if (found == layers.end())
        throw Error(Message{TL_MESSAGE("vgg16-layer-missing", "'%1' is not VGG16 weights: layer '%2' is missing"),
                            {source, expected.name}});
    return *found;
}

} // namespace

Vgg16Network Vgg16Network::fromKeras(const std::vector<KerasLayerWeights>& layers, const std::string& source)
{
    Vgg16Network network;
    for (const Vgg16Layer& expected : vgg16Layers()) {
        if (!expected.isConv())
            continue;
        const KerasLayerWeights& layer = findLayer(layers, expected, source);
        if (layer.arrays.size() != 2)
            throw Error(Message{TL_MESSAGE("vgg16-layer-array-count",
                                           "'%1': layer '%2' should hold a kernel and a bias, found %3 arrays"),
                                {source, expected.name, std::to_string(layer.arrays.size())}});
        const std::vector<std::int64_t> kernelShape = {3, 3, expected.inChannels, expected.outChannels};
        const std::vector<std::int64_t> biasShape = {expected.outChannels};
        if (layer.arrays[0].shape != kernelShape)
            throw Error(Message{TL_MESSAGE("vgg16-kernel-shape", "'%1': layer '%2' kernel has shape %3, expected %4"),
                                {source, expected.name, shapeText(layer.arrays[0].shape), shapeText(kernelShape)}});
        if (layer.arrays[1].shape != biasShape)
            throw Error(Message{TL_MESSAGE("vgg16-bias-shape", "'%1': layer '%2' bias has shape %3, expected %4"),
                                {source, expected.name, shapeText(layer.arrays[1].shape), shapeText(biasShape)}});
        // Keras stores kernels HWIO; torch wants OIHW.
        network.kernels.push_back(tensorFrom(layer.arrays[0]).permute({3, 2, 0, 1}).contiguous());
        network.biases.push_back(tensorFrom(layer.arrays[1]));
    }
    return network;
}

Vgg16Network Vgg16Network::seededRandom(std::uint64_t seed)
{
    torch::Generator generator = at::detail::createCPUGenerator(seed);
    Vgg16Network network;
    for (const Vgg16Layer& layer : vgg16Layers()) {
        if (!layer.isConv())
            continue;
        const double std = std::sqrt(2.0 / (9.0 * layer.inChannels));
        network.kernels.push_back(
            at::normal(0.0, std, {layer.outChannels, layer.inChannels, 3, 3}, generator, torch::kFloat32));
        network.biases.push_back(torch::zeros({layer.outChannels}));
    }
    return network;
}

Vgg16Network Vgg16Network::to(torch::Device device, torch::ScalarType type, bool channelsLast) const
{
    Vgg16Network converted;
    for (std::size_t i = 0; i < kernels.size(); ++i) {
        torch::Tensor kernel = kernels[i].to(device, type);
        converted.kernels.push_back(channelsLast ? kernel.contiguous(torch::MemoryFormat::ChannelsLast) : kernel);
        converted.biases.push_back(biases[i].to(device, type));
    }
    return converted;
}

// Runs layers [begin, end) of the layer plan; conv is the index of the first convolution among them.
torch::Tensor Vgg16Network::runLayers(torch::Tensor x, std::size_t begin, std::size_t end, std::size_t conv) const
{
    const auto& layers = vgg16Layers();
    for (std::size_t i = begin; i < end; ++i) {
        if (layers[i].isConv()) {
            x = torch::conv2d(x, kernels[conv], biases[conv], /*stride=*/1, /*padding=*/1);
            x = torch::relu_(x); // in place also under autograd: conv2d's backward does not need its output
            ++conv;
        } else {
            x = torch::max_pool2d(x, /*kernel_size=*/2, /*stride=*/2);
        }
    }
    return x;
}

torch::Tensor Vgg16Network::forwardToBlock4(torch::Tensor input) const
{
    return runLayers(std::move(input), 0, kFirstBlock5Layer, 0);
}

torch::Tensor Vgg16Network::lastConvActivation(torch::Tensor input) const
{
    return runLayers(forwardToBlock4(std::move(input)), kFirstBlock5Layer, vgg16Layers().size() - 1,
                     kFirstBlock5Conv); // the last layer is block5_pool
}

torch::Tensor Vgg16Network::forwardBlock5(torch::Tensor block4) const
{
    return runLayers(std::move(block4), kFirstBlock5Layer, vgg16Layers().size(), kFirstBlock5Conv);
}

torch::Tensor Vgg16Network::forward(torch::Tensor input) const
{
    return forwardBlock5(forwardToBlock4(std::move(input)));
}

} // namespace tl
