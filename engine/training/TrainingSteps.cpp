#include "TrainingSteps.h"

#include "Paths.h"
#include "Stopwatch.h"

namespace tl {

FeatureSource prepareFeatureSource(const Dataset& dataset, const TrainConfig& config, const Job& job)
{
    Stopwatch watch;
    PreparedBackbone prepared = loadBackboneFor(dataset, config, job);
    FeatureStore store(cacheDirOrDefault(config.cacheDir), prepared.backbone, config.imageSize);
    return {std::move(prepared.backbone), std::move(prepared.choice), std::move(store), watch.lap()};
}

PreparedFeatures extractImages(const FeatureStore& store, const std::vector<std::string>& paths, int views,
                               PhaseProgress& progress, std::size_t offset, std::size_t total)
{
    PreparedFeatures result;
    result.extracted = store.extract(paths, views, kBackboneBatch, [&](std::size_t done, std::size_t count) {
        return progress.report(offset + done, total > 0 ? total : count);
    });
    for (std::size_t row = 0; row < paths.size() && !result.extracted.cancelled; ++row)
        if (result.extracted.failures[row])
            result.skipped.push_back({paths[row], *result.extracted.failures[row]});
    return result;
}

PreparedFeatures extractMembers(const FeatureStore& store, const Dataset& dataset,
                                const std::vector<std::size_t>& members, int views, PhaseProgress& progress,
                                std::size_t offset, std::size_t total)
{
    std::vector<std::string> paths;
    for (std::size_t i : members)
        paths.push_back(dataset.images[i].path);
    return extractImages(store, paths, views, progress, offset, total);
}

std::optional<PreparedFeatures> extractForHeads(const Dataset& dataset, const TrainConfig& config,
                                                const std::vector<std::size_t>& members, const Job& job)
{
    const FeatureSource source = prepareFeatureSource(dataset, config, job);
    if (job.cancel.cancelled())
        return std::nullopt;
    PhaseProgress extraction(job, Phase::ExtractingFeatures);
    PreparedFeatures prepared =
        extractMembers(source.store, dataset, members, augmentationViews(config), extraction, 0, members.size());
    if (prepared.extracted.cancelled)
        return std::nullopt;
    return prepared;
}

HeadTrainingOptions unsteeredHeadTrainingOptions(const TrainConfig& config)
{
    HeadTrainingOptions options = headTrainingOptions(config);
    options.earlyStoppingPatience = 0;
    options.reduceLrPatience = 0;
    return options;
}

std::vector<std::vector<double>> toRows(const torch::Tensor& matrix)
{
    const torch::Tensor values = matrix.to(torch::kCPU, torch::kFloat64).contiguous();
    std::vector<std::vector<double>> rows;
    for (std::int64_t i = 0; i < values.size(0); ++i) {
        const double* row = values.data_ptr<double>() + i * values.size(1);
        rows.emplace_back(row, row + values.size(1));
    }
    return rows;
}

std::vector<int> labelsOf(const HeadTrainingData& data, const std::vector<std::int64_t>& rows)
{
    std::vector<int> labels;
    for (std::int64_t row : rows)
        labels.push_back(static_cast<int>(data.labels[row].item<std::int64_t>()));
    return labels;
}

ScoredRows scoreRows(Head& head, const HeadTrainingData& data, const std::vector<std::int64_t>& rows)
{
    return {labelsOf(data, rows), toRows(headProbabilities(head, data.features, rows))};
}

std::vector<std::int64_t> featureMapShape(const torch::Tensor& features)
{
    return {features.size(2), features.size(3), features.size(4)};
}

} // namespace tl
