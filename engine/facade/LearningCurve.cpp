#include "LearningCurve.h"

#include "Error.h"
#include "HeadTrainer.h"
#include "PhaseProgress.h"
#include "TrainingSteps.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

namespace tl {
namespace {

void checkFractions(const std::vector<double>& fractions)
{
    for (double fraction : fractions)
        if (!(fraction > 0.0 && fraction <= 1.0))
            throw Error(Message{TL_MESSAGE("learning-curve-fraction-out-of-range",
                                           "each fraction of the training images must be above 0 and at most 1 "
                                           "(got %1)"),
                                {std::to_string(fraction)}});
    if (fractions.empty() || !std::is_sorted(fractions.begin(), fractions.end()))
        throw Error(Message{TL_MESSAGE("learning-curve-fractions-unordered",
                                       "the fractions of a learning curve must be given in increasing order"),
                            {}});
}

// The training images a fraction keeps (dataset indexes): the split's own seeded, grouped and
// stratified draw, with the rest of the training split drawn away.
std::vector<std::size_t> trainingSubset(const Dataset& dataset, double fraction, std::uint64_t seed)
{
    Dataset training = dataset;
    for (ImageEntry& image : training.images)
        if (image.split != Split::Train)
            image.split = Split::Test; // out of the draw
    if (fraction < 1.0)
        assignValidationSplit(training, 1.0 - fraction, seed);
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < training.images.size(); ++i)
        if (training.images[i].split == Split::Train)
            kept.push_back(i);
    return kept;
}

} // namespace

JobResult<LearningCurve> learningCurve(Dataset dataset, const TrainConfig& config, const std::vector<double>& fractions,
                                       const Job& job)
{
    validate(config);
    checkFractions(fractions);
    assignTrainingSplits(dataset, config.testFraction, config.validationFraction, config.seed);
    LearningCurve curve;
    curve.evaluatedOn = std::any_of(dataset.images.begin(), dataset.images.end(),
                                    [](const ImageEntry& image) { return image.split == Split::Test; })
                            ? Split::Test
                            : Split::Validation;
    std::vector<std::size_t> members; // the training split and the held-out images
    for (std::size_t i = 0; i < dataset.images.size(); ++i)
        if (dataset.images[i].split == Split::Train || dataset.images[i].split == curve.evaluatedOn)
            members.push_back(i);
    checkTrainable(dataset);
    const std::optional<PreparedFeatures> prepared = extractForHeads(dataset, config, members, job);
    if (!prepared)
        return std::nullopt;
    const ExtractedFeatures& extracted = prepared->extracted;
    curve.featuresComputed = extracted.computed;
    curve.featuresFromCache = extracted.fromCache;
    curve.skipped = dataset.skipped;
    curve.skipped.insert(curve.skipped.end(), prepared->skipped.begin(), prepared->skipped.end());

    std::vector<std::int64_t> rowOf(dataset.images.size(), -1), heldOut, labels;
    for (std::size_t row = 0; row < members.size(); ++row) {
        labels.push_back(dataset.images[members[row]].label);
        if (extracted.failures[row])
            continue;
        rowOf[members[row]] = static_cast<std::int64_t>(row);
        if (dataset.images[members[row]].split == curve.evaluatedOn)
            heldOut.push_back(static_cast<std::int64_t>(row));
    }
    if (heldOut.empty())
        throw Error(Message{TL_MESSAGE("learning-curve-nothing-held-out",
                                       "a learning curve needs held-out images: set a validation or test split"),
                            {}});
    curve.heldOutImages = heldOut.size();

    const HeadTrainingOptions options = unsteeredHeadTrainingOptions(config);
    const HeadSpec spec =
        headSpecFor(config, featureMapShape(extracted.features), static_cast<int>(dataset.classes.size()));
    const int positiveClass = defaultPositiveClass(dataset.classes);
    const torch::Tensor labelTensor = torch::tensor(labels, torch::kInt64);
    PhaseProgress training(job, Phase::Training);
    for (std::size_t point = 0; point < fractions.size(); ++point) {
        HeadTrainingData data{extracted.features, labelTensor, {}, {}};
        for (std::size_t image : trainingSubset(dataset, fractions[point], config.seed))
            if (rowOf[image] >= 0)
                data.train.push_back(rowOf[image]);
        Job pointJob; // the points' own epochs are not the caller's: only the progress is
        pointJob.cancel = job.cancel;
        pointJob.onEpoch = [&](const EpochReport& epoch) {
            training.report(point * static_cast<std::size_t>(config.epochs) + static_cast<std::size_t>(epoch.epoch) + 1,
                            fractions.size() * static_cast<std::size_t>(config.epochs));
        };
        HeadTrainingResult trained = trainHead(data, options, spec, pointJob);
        if (trained.cancelled)
            return std::nullopt;
        const ScoredRows scored = scoreRows(trained.head, data, heldOut);
        curve.points.push_back(
            {fractions[point], data.train.size(),
             evaluatePredictions(scored.labels, scored.probabilities, dataset.classes, positiveClass, 0.5)});
    }
    return curve;
}

std::string toJson(const LearningCurve& curve)
{
    auto interval = [](const Evaluation& e, const char* metric) {
        if (!e.intervals || !e.intervals->metrics.count(metric))
            return nlohmann::json();
        const Interval bounds = e.intervals->metrics.at(metric);
        return nlohmann::json::array({bounds.lower, bounds.upper});
    };
    nlohmann::json points = nlohmann::json::array();
    for (const LearningCurvePoint& point : curve.points) {
        const Evaluation& e = point.evaluation;
        points.push_back({{"fraction", point.fraction},
                          {"images", point.images},
                          {"accuracy", e.accuracy},
                          {"accuracy_ci", interval(e, "accuracy")},
                          {"auc", e.binary ? nlohmann::json(e.auc) : nlohmann::json()},
                          {"auc_ci", interval(e, "auc")}});
    }
    return nlohmann::json{{"points", points},
                          {"evaluated_on", curve.evaluatedOn == Split::Test ? "test" : "validation"},
                          {"held_out_images", curve.heldOutImages},
                          {"features_computed", curve.featuresComputed},
                          {"features_from_cache", curve.featuresFromCache}}
        .dump(2);
}

} // namespace tl
