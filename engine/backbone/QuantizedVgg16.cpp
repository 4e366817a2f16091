#include "QuantizedVgg16.h"

#include "Error.h"

#include <ATen/core/dispatch/Dispatcher.h>

#include <algorithm>
#include <cmath>

namespace tl {
namespace {

// Rounds up to 8 significant bits, so that fp32's last-bit differences between CPUs (other
// kernels, other summation orders) almost never change a scale, and so the features.
double roundedScale(double scale)
{
    int exponent = 0;
    const double mantissa = std::frexp(std::max(scale, 1e-12), &exponent);
    return std::ldexp(std::ceil(mantissa * 256.0) / 256.0, exponent);
}

c10::intrusive_ptr<ConvPackedParamsBase<2>> prepackConvolution(const torch::Tensor& kernel, const torch::Tensor& bias)
{
    const torch::Tensor perChannelMax = kernel.abs().amax({1, 2, 3}).clamp_min(1e-12);
    const torch::Tensor scales = (perChannelMax / 127.0).to(torch::kDouble);
    const torch::Tensor zeroPoints = torch::zeros({kernel.size(0)}, torch::kLong);
    const torch::Tensor quantized = torch::quantize_per_channel(kernel, scales, zeroPoints, 0, torch::kQInt8);
    static const auto prepack = c10::Dispatcher::singleton()
                                    .findSchemaOrThrow("quantized::conv2d_prepack", "")
                                    .typed<c10::intrusive_ptr<ConvPackedParamsBase<2>>(
                                        torch::Tensor, c10::optional<torch::Tensor>, torch::List<std::int64_t>,
                                        torch::List<std::int64_t>, torch::List<std::int64_t>, std::int64_t)>();
    return prepack.call(quantized, bias, torch::List<std::int64_t>({1, 1}), torch::List<std::int64_t>({1, 1}),
                        torch::List<std::int64_t>({1, 1}), 1);
}

// libtorch picks its quantized kernels by a process-wide engine; ours is oneDNN's.
void useOneDnnEngine()
{
    static const bool set = [] {
        at::globalContext().setQEngine(at::QEngine::ONEDNN);
        return true;
    }();
    (void)set;
}

} // namespace

bool QuantizedVgg16::available()
{
    const std::vector<at::QEngine>& engines = at::globalContext().supportedQEngines();
    return std::find(engines.begin(), engines.end(), at::QEngine::ONEDNN) != engines.end();
}

torch::Tensor QuantizedVgg16::calibrate(const ConvNetwork& fp32, const torch::Tensor& images,
                                        Int8Calibration& calibration)
{
    torch::InferenceMode inference;
    torch::Tensor x = images.to(torch::kFloat32);
    const double low = std::min(0.0, x.min().item<double>()), high = std::max(0.0, x.max().item<double>());
    calibration.inputScale = roundedScale((high - low) / 255.0);
    calibration.inputZeroPoint = std::clamp<std::int64_t>(std::llround(-low / calibration.inputScale), 0, 255);
    calibration.outputScales.clear();
    for (std::size_t i = 0; i < fp32.kernels.size(); ++i) {
        x = fp32.run(x, i, i + 1);
        // The largest value seen: a percentile instead (clipping the top 1 in 10,000) saturated
        // unseen images' outliers and tripled the features' error on some draws (2.8% -> 9.8%).
        if (fp32.plan().layers[i].hasWeights())
            calibration.outputScales.push_back(roundedScale(x.max().item<double>() / 255.0));
    }
    return x;
}

QuantizedVgg16::QuantizedVgg16(const ConvNetwork& fp32, const Int8Calibration& calibration)
    : m_calibration(calibration), m_network(fp32.backbone)
{
    const std::size_t convolutions = static_cast<std::size_t>(
        std::count_if(fp32.kernels.begin(), fp32.kernels.end(), [](const torch::Tensor& k) { return k.defined(); }));
    if (calibration.outputScales.size() != convolutions)
        throw Error(Message{TL_MESSAGE("int8-calibration-mismatch",
                                       "the int8 calibration has %1 layer scales where VGG16 has %2 convolutions"),
                            {std::to_string(calibration.outputScales.size()), std::to_string(convolutions)}});
    if (!available())
        throw Error(Message{
            TL_MESSAGE("int8-unavailable", "this build of libtorch has no oneDNN quantized engine: int8 cannot run"),
            {}});
    useOneDnnEngine();
    torch::InferenceMode inference;
    for (std::size_t i = 0; i < fp32.kernels.size(); ++i)
        if (fp32.kernels[i].defined())
            m_convolutions.push_back(prepackConvolution(fp32.kernels[i].to(torch::kCPU, torch::kFloat32).contiguous(),
                                                        fp32.biases[i].to(torch::kCPU, torch::kFloat32).contiguous()));
}

torch::Tensor QuantizedVgg16::forward(const torch::Tensor& input) const
{
    torch::InferenceMode inference;
    torch::Tensor x =
        torch::quantize_per_tensor(input.to(torch::kFloat32).contiguous(torch::MemoryFormat::ChannelsLast),
                                   m_calibration.inputScale, m_calibration.inputZeroPoint, torch::kQUInt8);
    std::size_t conv = 0;
    for (const LayerPlan& layer : networkPlan(m_network).layers) {
        if (layer.hasWeights()) {
            x = m_convolutions[conv]->apply_relu(x, m_calibration.outputScales[conv], /*output_zero_point=*/0);
            ++conv;
        } else {
            x = torch::max_pool2d(x, {2, 2}, {2, 2}, {0, 0}, {1, 1}); // u8 in, u8 out: exact
        }
    }
    return x.dequantize();
}

} // namespace tl
