#include "CrossValidation.h"

#include "Error.h"
#include "HeadTrainer.h"
#include "ImageGroups.h"
#include "TrainingSteps.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tl {
namespace {

std::vector<MetricSpread> summarise(const std::vector<Evaluation>& folds)
{
    std::vector<MetricSpread> metrics;
    auto add = [&](const std::string& name, auto value) {
        std::vector<double> values;
        for (const Evaluation& fold : folds)
            values.push_back(value(fold));
        metrics.push_back(spreadOf(name, values));
    };
    add("accuracy", [](const Evaluation& e) { return e.accuracy; });
    add("loss", [](const Evaluation& e) { return e.loss; });
    add("calibration_error", [](const Evaluation& e) { return e.expectedCalibrationError; });
    if (folds.front().binary) {
        add("auc", [](const Evaluation& e) { return e.auc; });
        add("sensitivity", [](const Evaluation& e) { return e.sensitivity; });
        add("specificity", [](const Evaluation& e) { return e.specificity; });
    }
    for (std::size_t c = 0; c < folds.front().classes.size(); ++c)
        add("recall_" + folds.front().classes[c], [c](const Evaluation& e) { return e.perClass[c].recall; });
    return metrics;
}

void checkFoldable(const Dataset& dataset, const std::vector<std::size_t>& members, int folds)
{
    if (folds < kMinFolds || folds > kMaxFolds)
        throw Error(Message{TL_MESSAGE("folds-out-of-range", "the number of folds must be between %1 and %2 (got %3)"),
                            {std::to_string(kMinFolds), std::to_string(kMaxFolds), std::to_string(folds)}});
    std::vector<int> counts(dataset.classes.size(), 0);
    for (std::size_t i : members)
        ++counts[static_cast<std::size_t>(dataset.images[i].label)];
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] < folds)
            throw Error(Message{
                TL_MESSAGE("class-too-small-for-folds",
                           "class '%1' has %2 training image(s): %3-fold cross-validation needs at least %3 per class"),
                {dataset.classes[c], std::to_string(counts[c]), std::to_string(folds)}});
}

} // namespace

MetricSpread spreadOf(std::string name, std::vector<double> perFold)
{
    MetricSpread spread{std::move(name), std::move(perFold), 0, 0};
    const double n = static_cast<double>(spread.perFold.size());
    if (spread.perFold.empty())
        return spread;
    spread.mean = std::accumulate(spread.perFold.begin(), spread.perFold.end(), 0.0) / n;
    double squares = 0;
    for (double value : spread.perFold)
        squares += (value - spread.mean) * (value - spread.mean);
    spread.standardDeviation = spread.perFold.size() > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
    return spread;
}

JobResult<CrossValidationOutcome> crossValidate(Dataset dataset, const TrainConfig& config, int folds, const Job& job)
{
    validate(config);
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < dataset.images.size(); ++i)
        if (dataset.images[i].split != Split::Test)
            members.push_back(i);
    checkFoldable(dataset, members, folds);

    CrossValidationOutcome outcome;
    outcome.skipped = dataset.skipped;
    outcome.grouping = dataset.grouping;
    const std::optional<PreparedFeatures> prepared = extractForHeads(dataset, config, members, job);
    if (!prepared)
        return std::nullopt;
    const ExtractedFeatures& extracted = prepared->extracted;
    outcome.featuresComputed = extracted.computed;
    outcome.featuresFromCache = extracted.fromCache;
    outcome.skipped.insert(outcome.skipped.end(), prepared->skipped.begin(), prepared->skipped.end());

    std::vector<std::int64_t> labels;
    std::vector<int> usableLabels;
    std::vector<std::string> usableGroups;
    std::vector<std::int64_t> usableRows;
    for (std::size_t row = 0; row < members.size(); ++row) {
        const ImageEntry& image = dataset.images[members[row]];
        labels.push_back(image.label);
        if (extracted.failures[row])
            continue;
        usableRows.push_back(static_cast<std::int64_t>(row));
        usableLabels.push_back(image.label);
        usableGroups.push_back(image.group);
    }
    const std::vector<int> foldOf = stratifiedFolds(usableLabels, usableGroups, folds, config.seed);

    const HeadTrainingOptions foldOptions = unsteeredHeadTrainingOptions(config);
    const HeadSpec spec =
        headSpecFor(config, featureMapShape(extracted.features), static_cast<int>(dataset.classes.size()));
    const int positiveClass = defaultPositiveClass(dataset.classes);
    const torch::Tensor labelTensor = torch::tensor(labels, torch::kInt64);
    PhaseProgress training(job, Phase::Training);
    ScoredRows pooled;
    for (int fold = 0; fold < folds; ++fold) {
        HeadTrainingData data{extracted.features, labelTensor, {}, {}};
        std::vector<std::int64_t> heldOut;
        outcome.heldOut.emplace_back();
        for (std::size_t i = 0; i < usableRows.size(); ++i) {
            (foldOf[i] == fold ? heldOut : data.train).push_back(usableRows[i]);
            if (foldOf[i] == fold)
                outcome.heldOut.back().push_back(datasetRelativePath(
                    dataset, dataset.images[members[static_cast<std::size_t>(usableRows[i])]].path));
        }
        Job foldJob; // the folds' own batches and epochs are not the caller's: only the progress is
        foldJob.cancel = job.cancel;
        foldJob.onEpoch = [&](const EpochReport& epoch) {
            const auto done = static_cast<std::size_t>(fold * config.epochs + epoch.epoch + 1);
            training.report(done, static_cast<std::size_t>(folds * config.epochs));
        };
        HeadTrainingResult trained = trainHead(data, foldOptions, spec, foldJob);
        if (trained.cancelled)
            return std::nullopt;
        const ScoredRows scored = scoreRows(trained.head, data, heldOut);
        outcome.perFold.push_back(
            evaluatePredictions(scored.labels, scored.probabilities, dataset.classes, positiveClass, 0.5));
        pooled.labels.insert(pooled.labels.end(), scored.labels.begin(), scored.labels.end());
        pooled.probabilities.insert(pooled.probabilities.end(), scored.probabilities.begin(),
                                    scored.probabilities.end());
    }
    outcome.metrics = summarise(outcome.perFold);
    outcome.pooled = evaluatePredictions(pooled.labels, pooled.probabilities, dataset.classes, positiveClass, 0.5);
    return outcome;
}

std::string toJson(const CrossValidationOutcome& outcome)
{
    nlohmann::json metrics = nlohmann::json::object();
    for (const MetricSpread& metric : outcome.metrics)
        metrics[metric.name] = {
            {"mean", metric.mean}, {"standard_deviation", metric.standardDeviation}, {"per_fold", metric.perFold}};
    nlohmann::json folds = nlohmann::json::array();
    for (const Evaluation& fold : outcome.perFold)
        folds.push_back(nlohmann::json::parse(toJson(fold)));
    return nlohmann::json{{"folds", outcome.perFold.size()},
                          {"metrics", metrics},
                          {"per_fold", folds},
                          {"pooled", nlohmann::json::parse(toJson(outcome.pooled))},
                          {"held_out", outcome.heldOut},
                          {"grouping", outcome.grouping},
                          {"features_computed", outcome.featuresComputed},
                          {"features_from_cache", outcome.featuresFromCache}}
        .dump(2);
}

} // namespace tl
