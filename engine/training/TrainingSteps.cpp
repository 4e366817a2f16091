#include "TrainingSteps.h"

namespace tl {

bool ProgressMeter::report(std::size_t done, std::size_t total)
{
    if (!m_observer.onProgress)
        return true;
    if (!m_started) {
        m_started = true;
        m_start = Clock::now();
        m_startDone = done;
    }
    ProgressReport report{m_phase, done, total, -1};
    const double elapsed = std::chrono::duration<double>(Clock::now() - m_start).count();
    if (done > m_startDone && elapsed > 0.2)
        report.secondsLeft = elapsed / static_cast<double>(done - m_startDone) * static_cast<double>(total - done);
    return m_observer.onProgress(report);
}

int augmentationViews(const TrainConfig& config)
{
    return config.augmentation == Augmentation::Dihedral ? kDihedralViews : 1;
}

ExtractedFeatures extractMembers(const FeatureStore& store, const Dataset& dataset,
                                 const std::vector<std::size_t>& members, int views, ProgressMeter& meter,
                                 std::size_t offset, std::size_t total)
{
    std::vector<std::string> paths;
    for (std::size_t i : members)
        paths.push_back(dataset.images[i].path);
    return store.extract(paths, views, kBackboneBatch,
                         [&](std::size_t done, std::size_t) { return meter.report(offset + done, total); });
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
