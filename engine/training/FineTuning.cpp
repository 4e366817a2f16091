#include "FineTuning.h"

#include "Error.h"
#include "PhaseProgress.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace tl {
namespace {

constexpr std::int64_t kChunk = 64; // rows per no-grad pass

// The indices of the tuned layers that have weights (pooling layers have none).
std::vector<std::size_t> tunedLayers(const ConvNetwork& network)
{
    std::vector<std::size_t> layers;
    for (std::size_t i = network.plan().firstTunedLayer; i < network.kernels.size(); ++i)
        if (network.kernels[i].defined())
            layers.push_back(i);
    return layers;
}

std::vector<torch::Tensor> tunedTensors(ConvNetwork& network)
{
    std::vector<torch::Tensor> tensors;
    for (std::size_t i : tunedLayers(network)) {
        tensors.push_back(network.kernels[i]);
        tensors.push_back(network.biases[i]);
    }
    return tensors;
}

// A copy whose tuned tensors are fresh (leaves that autograd can train when trainable); the
// frozen layers' are shared.
ConvNetwork copyTuned(const ConvNetwork& network, bool trainable)
{
    ConvNetwork copy = network;
    for (std::size_t i : tunedLayers(network)) {
        copy.kernels[i] = network.kernels[i].detach().clone().requires_grad_(trainable);
        copy.biases[i] = network.biases[i].detach().clone().requires_grad_(trainable);
    }
    return copy;
}

// Mean cross-entropy and accuracy of view 0 of the rows.
std::pair<double, double> measure(const ConvNetwork& network, Head& head, const HeadTrainingData& data,
                                  const std::vector<std::int64_t>& rows)
{
    torch::NoGradGuard noGrad;
    head->eval();
    double loss = 0, correct = 0;
    for (std::size_t begin = 0; begin < rows.size(); begin += kChunk) {
        const std::vector<std::int64_t> part(
            rows.begin() + static_cast<std::ptrdiff_t>(begin),
            rows.begin() +
                static_cast<std::ptrdiff_t>(std::min(rows.size(), begin + static_cast<std::size_t>(kChunk))));
        const torch::Tensor labels = data.labels.index_select(0, torch::tensor(part, torch::kInt64));
        const torch::Tensor logits =
            head->forward(network.forwardTuned(gather(data.features, part, std::vector<std::int64_t>(part.size(), 0))));
        loss += torch::nn::functional::cross_entropy(
                    logits, labels, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                    .item<double>();
        correct += logits.argmax(1).eq(labels).sum().item<double>();
    }
    head->train();
    return {loss / static_cast<double>(rows.size()), correct / static_cast<double>(rows.size())};
}

} // namespace

FineTuneOptions fineTuneOptions(const TrainConfig& config)
{
    return {config.fineTuneEpochs, config.fineTuneLearningRate, config.batchSize, config.seed};
}

FineTuneResult fineTuneLayers(const ConvNetwork& network, const Head& head, const HeadTrainingData& data,
                              const FineTuneOptions& options, const Job& job)
{
    if (data.train.empty())
        throw Error(Message{TL_MESSAGE("no-training-images", "there are no training images"), {}});
    torch::manual_seed(options.seed);
    FineTuneResult result;
    ConvNetwork tuned = copyTuned(network, /*trainable=*/true);
    Head tunedHead = copyHead(head);
    std::vector<torch::Tensor> parameters = tunedTensors(tuned);
    for (const torch::Tensor& parameter : tunedHead->parameters())
        parameters.push_back(parameter);
    torch::optim::Adam optimizer(parameters, torch::optim::AdamOptions(options.learningRate));

    result.network = copyTuned(tuned, /*trainable=*/false);
    result.head = copyHead(tunedHead);
    double bestLoss = std::numeric_limits<double>::infinity();
    const bool hasValidation = !data.validation.empty();
    const std::size_t batchSize = static_cast<std::size_t>(options.batchSize);
    const std::size_t batchesPerEpoch = (data.train.size() + batchSize - 1) / batchSize;
    const std::size_t totalBatches = batchesPerEpoch * static_cast<std::size_t>(options.epochs);
    std::uniform_int_distribution<std::int64_t> pickView(0, data.features.size(1) - 1);
    PhaseProgress progress(job, Phase::FineTuning);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::mt19937_64 random(options.seed * 104729ULL + static_cast<std::uint64_t>(epoch));
        std::vector<std::int64_t> order = data.train;
        std::shuffle(order.begin(), order.end(), random);
        tunedHead->train();
        double lossSum = 0, correct = 0;
        for (std::size_t batch = 0; batch < batchesPerEpoch; ++batch) {
            const std::vector<std::int64_t> rows(
                order.begin() + static_cast<std::ptrdiff_t>(batch * batchSize),
                order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), (batch + 1) * batchSize)));
            std::vector<std::int64_t> views(rows.size());
            for (auto& view : views)
                view = pickView(random);
            const torch::Tensor labels = data.labels.index_select(0, torch::tensor(rows, torch::kInt64));
            const torch::Tensor logits = tunedHead->forward(tuned.forwardTuned(gather(data.features, rows, views)));
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, labels);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>() * static_cast<double>(rows.size());
            correct += logits.argmax(1).eq(labels).sum().item<double>();
            const std::size_t done = static_cast<std::size_t>(epoch) * batchesPerEpoch + batch + 1;
            if (!progress.report(done, totalBatches)) {
                result.cancelled = true;
                return result;
            }
        }
        EpochReport report{epoch,
                           lossSum / static_cast<double>(data.train.size()),
                           correct / static_cast<double>(data.train.size()),
                           std::nan(""),
                           std::nan(""),
                           options.learningRate};
        if (hasValidation)
            std::tie(report.validationLoss, report.validationAccuracy) =
                measure(tuned, tunedHead, data, data.validation);
        result.history.push_back(report);
        const double watched = hasValidation ? report.validationLoss : report.trainLoss;
        if (!hasValidation || watched < bestLoss) {
            bestLoss = watched;
            result.bestEpoch = epoch;
            result.network = copyTuned(tuned, /*trainable=*/false);
            result.head = copyHead(tunedHead);
        }
    }
    result.head->eval();
    return result;
}

std::vector<ArrayShape> tunedArrayShapes(BackboneId backbone)
{
    const NetworkPlan& plan = networkPlan(backbone);
    std::vector<ArrayShape> shapes;
    for (std::size_t i = plan.firstTunedLayer; i < plan.layers.size(); ++i) {
        const LayerPlan& layer = plan.layers[i];
        if (!layer.hasWeights())
            continue;
        const std::int64_t k = layer.kernelSize;
        shapes.push_back({layer.name + ".kernel", {layer.outChannels, layer.inChannels / layer.groups(), k, k}});
        shapes.push_back({layer.name + ".bias", {layer.outChannels}});
    }
    return shapes;
}

std::vector<NamedArray> tunedArrays(const ConvNetwork& network)
{
    std::vector<NamedArray> arrays;
    const std::vector<ArrayShape> shapes = tunedArrayShapes(network.backbone);
    const std::vector<std::size_t> layers = tunedLayers(network);
    for (std::size_t k = 0; k < shapes.size(); ++k) {
        const std::size_t layer = layers[k / 2];
        const torch::Tensor values = (k % 2 == 0 ? network.kernels[layer] : network.biases[layer])
                                         .detach()
                                         .to(torch::kCPU, torch::kFloat32)
                                         .contiguous();
        arrays.push_back(
            {shapes[k].name, {shapes[k].shape, {values.data_ptr<float>(), values.data_ptr<float>() + values.numel()}}});
    }
    return arrays;
}

ConvNetwork withTunedArrays(const ConvNetwork& network, const std::vector<NamedArray>& arrays)
{
    ConvNetwork result = network;
    const std::vector<std::size_t> layers = tunedLayers(network);
    auto tensorOf = [](const NamedArray& named) {
        return torch::from_blob(const_cast<float*>(named.array.values.data()), named.array.shape, torch::kFloat32)
            .clone();
    };
    for (std::size_t k = 0; k + 1 < arrays.size() && k / 2 < layers.size(); k += 2) {
        result.kernels[layers[k / 2]] = tensorOf(arrays[k]);
        result.biases[layers[k / 2]] = tensorOf(arrays[k + 1]);
    }
    return result;
}

torch::Tensor tunedFeatures(const ConvNetwork& network, const torch::Tensor& inputFeatures)
{
    torch::NoGradGuard noGrad;
    const std::int64_t rows = inputFeatures.size(0), views = inputFeatures.size(1);
    const torch::Tensor flat = inputFeatures.flatten(0, 1);
    std::vector<torch::Tensor> chunks;
    for (std::int64_t begin = 0; begin < flat.size(0); begin += kChunk)
        chunks.push_back(
            network.forwardTuned(flat.slice(0, begin, std::min(flat.size(0), begin + kChunk)).to(torch::kFloat32)));
    if (chunks.empty())
        return torch::zeros({0, views, network.plan().layers.back().outChannels, 1, 1});
    const torch::Tensor features = torch::cat(chunks);
    return features.view({rows, views, features.size(1), features.size(2), features.size(3)});
}

} // namespace tl
