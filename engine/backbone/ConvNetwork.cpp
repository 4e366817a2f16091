#include "ConvNetwork.h"

#include "Error.h"
#include "SeededWeights.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace tl {
namespace {

constexpr double kBatchNormEpsilon = 1e-3; // Keras' BatchNormalization default, which its applications keep

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
    // In float64, so that folding the batch normalisation rounds once.
    return torch::from_blob(const_cast<float*>(array.values.data()), array.shape, torch::kFloat32).to(torch::kFloat64);
}

const KerasLayerWeights* findLayer(const std::vector<KerasLayerWeights>& layers, const std::string& name)
{
    const auto found =
        std::find_if(layers.begin(), layers.end(), [&](const KerasLayerWeights& layer) { return layer.name == name; });
    return found == layers.end() ? nullptr : &*found;
}

// The other backbone whose layers the file holds, if any: for a message that names both.
const BackboneSpec* otherNetworkIn(const std::vector<KerasLayerWeights>& layers, BackboneId expected)
{
    for (const BackboneSpec& spec : backboneRegistry())
        if (spec.id != expected && findLayer(layers, networkPlan(spec.id).layers.front().name))
            return &spec;
    return nullptr;
}

class KerasReader {
public:
    KerasReader(BackboneId backbone, const std::vector<KerasLayerWeights>& layers, const std::string& source)
        : m_backbone(backbone), m_layers(layers), m_source(source)
    {}

    // The layer's arrays, checked against the expected shapes.
    std::vector<torch::Tensor> arrays(const std::string& name, const std::vector<std::vector<std::int64_t>>& shapes)
    {
        const KerasLayerWeights* layer = findLayer(m_layers, name);
        if (!layer)
            throw missingLayer(name);
        if (layer->arrays.size() != shapes.size())
            throw Error(
                Message{TL_MESSAGE("keras-layer-array-count", "'%1': layer '%2' should hold %3 arrays, found %4"),
                        {m_source, name, std::to_string(shapes.size()), std::to_string(layer->arrays.size())}});
        std::vector<torch::Tensor> tensors;
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            if (layer->arrays[i].shape != shapes[i])
                throw Error(Message{
                    TL_MESSAGE("keras-array-shape", "'%1': array %2 of layer '%3' has shape %4, expected %5"),
                    {m_source, std::to_string(i + 1), name, shapeText(layer->arrays[i].shape), shapeText(shapes[i])}});
            tensors.push_back(tensorFrom(layer->arrays[i]));
        }
        return tensors;
    }

private:
    Error missingLayer(const std::string& name) const
    {
        const char* expected = backboneSpec(m_backbone).displayName;
        if (const BackboneSpec* other = otherNetworkIn(m_layers, m_backbone))
            return Error(Message{TL_MESSAGE("weights-of-another-backbone",
                                            "'%1' holds %2 weights, not %3: choose the %2 backbone or give %3 weights"),
                                 {m_source, other->displayName, expected}});
        return Error(Message{TL_MESSAGE("keras-layer-missing", "'%1' is not %2 weights: layer '%3' is missing"),
                             {m_source, expected, name}});
    }

    BackboneId m_backbone;
    const std::vector<KerasLayerWeights>& m_layers;
    const std::string& m_source;
};

} // namespace

std::vector<std::int64_t> paddingOf(const LayerPlan& layer, std::int64_t height, std::int64_t width)
{
    const std::int64_t half = layer.kernelSize / 2;
    switch (layer.padding) {
    case Padding::Same: return {half, half, half, half};
    case Padding::KerasStrided: // correct_pad: an even side loses the first row (column)
        return {half - (1 - width % 2), half, half - (1 - height % 2), half};
    case Padding::Valid: break;
    }
    return {0, 0, 0, 0};
}

ConvNetwork ConvNetwork::fromKeras(BackboneId backbone, const std::vector<KerasLayerWeights>& layers,
                                   const std::string& source)
{
    ConvNetwork network;
    network.backbone = backbone;
    KerasReader reader(backbone, layers, source);
    for (const LayerPlan& layer : network.plan().layers) {
        if (!layer.hasWeights()) {
            network.kernels.emplace_back();
            network.biases.emplace_back();
            continue;
        }
        const std::int64_t k = layer.kernelSize, out = layer.outChannels;
        torch::Tensor kernel, bias;
        if (layer.kind == LayerKind::Depthwise) { // Keras: k x k x C x 1 -> torch: C x 1 x k x k
            kernel = reader.arrays(layer.name, {{k, k, layer.inChannels, 1}})[0].permute({2, 3, 0, 1});
        } else { // Keras: HWIO -> torch: OIHW
            const std::vector<std::int64_t> kernelShape = {k, k, layer.inChannels, out};
            std::vector<torch::Tensor> arrays = layer.batchNorm.empty()
                                                    ? reader.arrays(layer.name, {kernelShape, {out}})
                                                    : reader.arrays(layer.name, {kernelShape});
            kernel = arrays[0].permute({3, 2, 0, 1});
            if (arrays.size() == 2)
                bias = arrays[1];
        }
        if (!layer.batchNorm.empty()) { // gamma, beta, moving mean, moving variance: folded in
            const std::vector<torch::Tensor> norm = reader.arrays(layer.batchNorm, {{out}, {out}, {out}, {out}});
            const torch::Tensor scale = norm[0] / torch::sqrt(norm[3] + kBatchNormEpsilon);
            kernel = kernel * scale.view({-1, 1, 1, 1});
            bias = norm[1] - norm[2] * scale;
        }
        network.kernels.push_back(kernel.to(torch::kFloat32).contiguous());
        network.biases.push_back(bias.to(torch::kFloat32).contiguous());
    }
    return network;
}

ConvNetwork ConvNetwork::seededRandom(BackboneId backbone, std::uint64_t seed)
{
    return fromKeras(backbone, seededKerasLayers(backbone, seed, SeededBiases::Zero), "seeded random weights");
}

ConvNetwork ConvNetwork::to(torch::Device device, torch::ScalarType type, bool channelsLast) const
{
    ConvNetwork converted;
    converted.backbone = backbone;
    for (std::size_t i = 0; i < kernels.size(); ++i) {
        if (!kernels[i].defined()) {
            converted.kernels.emplace_back();
            converted.biases.emplace_back();
            continue;
        }
        torch::Tensor kernel = kernels[i].to(device, type);
        converted.kernels.push_back(channelsLast ? kernel.contiguous(torch::MemoryFormat::ChannelsLast) : kernel);
        converted.biases.push_back(biases[i].to(device, type));
    }
    return converted;
}

torch::Tensor ConvNetwork::run(torch::Tensor x, std::size_t begin, std::size_t end) const
{
    const std::vector<LayerPlan>& layers = plan().layers;
    torch::Tensor residual;
    for (std::size_t i = begin; i < end; ++i) {
        const LayerPlan& layer = layers[i];
        if (layer.kind == LayerKind::MaxPool) {
            x = torch::max_pool2d(x, /*kernel_size=*/2, /*stride=*/2);
            continue;
        }
        if (layer.opensResidual)
            residual = x;
        if (layer.padding == Padding::KerasStrided)
            x = torch::constant_pad_nd(x, paddingOf(layer, x.size(2), x.size(3)));
        const std::int64_t padding = layer.padding == Padding::Same ? layer.kernelSize / 2 : 0;
        x = torch::conv2d(x, kernels[i], biases[i], layer.stride, padding, /*dilation=*/1, layer.groups());
        // In place also under autograd: conv2d's backward does not need its output.
        if (layer.activation == Activation::Relu)
            x = torch::relu_(x);
        else if (layer.activation == Activation::Relu6)
            x = torch::hardtanh_(x, 0.0, 6.0);
        if (!layer.addLayer.empty())
            x = x + residual;
    }
    return x;
}

torch::Tensor ConvNetwork::forwardToTuned(torch::Tensor input) const
{
    return run(std::move(input), 0, plan().firstTunedLayer);
}

torch::Tensor ConvNetwork::forwardTuned(torch::Tensor frozen) const
{
    return run(std::move(frozen), plan().firstTunedLayer, kernels.size());
}

torch::Tensor ConvNetwork::lastConvActivation(torch::Tensor input) const
{
    return run(std::move(input), 0, plan().gradCamLayer + 1);
}

torch::Tensor ConvNetwork::afterLastConv(torch::Tensor activation) const
{
    return run(std::move(activation), plan().gradCamLayer + 1, kernels.size());
}

double ConvNetwork::gflop(BackboneId backbone, int imageSize)
{
    double multiplyAdds = 0;
    std::int64_t side = imageSize;
    for (const LayerPlan& layer : networkPlan(backbone).layers) {
        if (layer.kind == LayerKind::MaxPool) {
            side /= 2;
            continue;
        }
        const std::vector<std::int64_t> pad = paddingOf(layer, side, side);
        side = (side + pad[2] + pad[3] - layer.kernelSize) / layer.stride + 1;
        multiplyAdds += static_cast<double>(side * side) * layer.kernelSize * layer.kernelSize *
                        (layer.inChannels / layer.groups()) * layer.outChannels;
    }
    return 2.0 * multiplyAdds / 1e9;
}

} // namespace tl
