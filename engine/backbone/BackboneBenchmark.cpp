#include "BackboneBenchmark.h"

#include "Vgg16Layout.h"
#include "Vgg16Network.h"

#include <chrono>
#include <cmath>

namespace tl {

std::string describe(const ThroughputCase& setup)
{
    return std::string(setup.bf16 ? "bf16" : "fp32") + (setup.channelsLast ? " channels-last" : " NCHW") + " batch " +
           std::to_string(setup.batchSize);
}

double vgg16Gflop(int imageSize)
{
    double multiplyAdds = 0;
    double side = imageSize;
    for (const Vgg16Layer& layer : vgg16Layers()) {
        if (layer.isConv())
            multiplyAdds += side * side * 9.0 * layer.inChannels * layer.outChannels; // "same" padding
        else
            side = std::floor(side / 2); // 2 x 2 max-pooling
    }
    return 2.0 * multiplyAdds / 1e9;
}

std::vector<ThroughputResult> measureBackboneThroughput(const std::vector<ThroughputCase>& cases,
                                                        const std::string& deviceName, int imageSize, double minSeconds)
{
    using Clock = std::chrono::steady_clock;
    const torch::Device device(deviceName);
    const Vgg16Network weights = Vgg16Network::seededRandom(/*seed=*/1);
    std::vector<ThroughputResult> results;
    torch::InferenceMode inference;
    for (const ThroughputCase& setup : cases) {
        const torch::ScalarType type = setup.bf16 ? torch::kBFloat16 : torch::kFloat32;
        const Vgg16Network network = weights.to(device, type, setup.channelsLast);
        torch::Tensor input = (torch::randn({setup.batchSize, 3, imageSize, imageSize}) * 60.0).to(device, type);
        if (setup.channelsLast)
            input = input.contiguous(torch::MemoryFormat::ChannelsLast);
        // Reading a value back waits for the GPU, so each timing covers finished work.
        network.forward(input).sum().item<float>();
        ThroughputResult result{setup, 0, 0};
        const auto start = Clock::now();
        do {
            network.forward(input).sum().item<float>();
            result.images += setup.batchSize;
            result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        } while (result.seconds < minSeconds);
        results.push_back(result);
    }
    return results;
}

} // namespace tl
