#include "HeadBenchmark.h"

#include "HeadTrainer.h"

#include <chrono>

namespace tl {

HeadEpochTiming measureHeadEpoch(std::int64_t images, const TrainConfig& config, int epochs)
{
    HeadTrainingOptions timed = headTrainingOptions(config);
    timed.epochs = epochs;
    timed.earlyStoppingPatience = 0; // every epoch runs
    const BackboneSpec& backbone = backboneSpec(config.backbone);
    const std::int64_t side = config.imageSize / backbone.downsampling;
    const HeadSpec spec = headSpecFor(config, {backbone.featureChannels, side, side}, /*classes=*/2);

    torch::manual_seed(static_cast<std::uint64_t>(config.seed));
    HeadTrainingData data;
    data.features = torch::randn({images, 1, spec.channels, spec.height, spec.width});
    data.labels = torch::randint(0, spec.classes, {images}, torch::kInt64);
    for (std::int64_t i = 0; i < images; ++i)
        (i % 5 == 4 ? data.validation : data.train).push_back(i);

    const auto start = std::chrono::steady_clock::now();
    trainHead(data, timed, spec, {});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return {images, spec.inputSize(), seconds / epochs};
}

} // namespace tl
