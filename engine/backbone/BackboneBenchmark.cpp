#include "BackboneBenchmark.h"

#include "ConvNetwork.h"
#include "QuantizedVgg16.h"

#include <chrono>
#include <cmath>
#include <functional>
#include <memory>

namespace tl {

std::string describe(const ThroughputCase& setup)
{
    const char* precision = setup.precision == Precision::Int8   ? "int8"
                            : setup.precision == Precision::Bf16 ? "bf16"
                                                                 : "fp32";
    return std::string(precision) + (setup.channelsLast ? " channels-last" : " NCHW") + " batch " +
           std::to_string(setup.batchSize);
}

namespace {

// One case's forward pass on its input, made once: the network converted or quantized.
std::function<torch::Tensor()> preparedForward(const ThroughputCase& setup, const ConvNetwork& weights,
                                               torch::Device device, int imageSize)
{
    // In the preprocessed range: Caffe's pixels minus means, Keras "tf"'s -1..1.
    torch::Tensor input = torch::randn({setup.batchSize, 3, imageSize, imageSize});
    input = backboneSpec(weights.backbone).preprocessing == PreprocessMode::Caffe ? input * 60.0 : input.clamp(-1, 1);
    if (setup.precision == Precision::Int8) {
        Int8Calibration calibration;
        QuantizedVgg16::calibrate(weights, input, calibration);
        auto network = std::make_shared<QuantizedVgg16>(weights, calibration);
        return [network, input] { return network->forward(input); };
    }
    const torch::ScalarType type = setup.precision == Precision::Bf16 ? torch::kBFloat16 : torch::kFloat32;
    auto network = std::make_shared<ConvNetwork>(weights.to(device, type, setup.channelsLast));
    input = input.to(device, type);
    if (setup.channelsLast)
        input = input.contiguous(torch::MemoryFormat::ChannelsLast);
    return [network, input] { return network->forward(input); };
}

} // namespace

double backboneGflop(BackboneId backbone, int imageSize)
{
    return ConvNetwork::gflop(backbone, imageSize);
}

std::vector<ThroughputResult> measureBackboneThroughput(BackboneId backbone, const std::vector<ThroughputCase>& cases,
                                                        const std::string& deviceName, int imageSize, double minSeconds)
{
    using Clock = std::chrono::steady_clock;
    const torch::Device device(deviceName);
    const ConvNetwork weights = ConvNetwork::seededRandom(backbone, /*seed=*/1);
    std::vector<ThroughputResult> results;
    torch::InferenceMode inference;
    for (const ThroughputCase& setup : cases) {
        const std::function<torch::Tensor()> forward = preparedForward(setup, weights, device, imageSize);
        // Reading a value back waits for the GPU, so each timing covers finished work.
        forward().sum().item<float>();
        ThroughputResult result{setup, 0, 0};
        const auto start = Clock::now();
        do {
            forward().sum().item<float>();
            result.images += setup.batchSize;
            result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        } while (result.seconds < minSeconds);
        results.push_back(result);
    }
    return results;
}

} // namespace tl
