#include "Training.h"

#include "Backbone.h"
#include "AtomicFile.h"
#include "BackboneSetup.h"
#include "Error.h"
#include "FeatureStore.h"
#include "FineTuning.h"
#include "Hashing.h"
#include "Head.h"
#include "HeadTrainer.h"
#include "ImageGroups.h"
#include "ModelFile.h"
#include "Paths.h"
#include "PhaseProgress.h"
#include "Stopwatch.h"
#include "TemperatureScaling.h"
#include "TrainingSteps.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>

namespace tl {
namespace {

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return text;
}

std::vector<std::int64_t> rowsOf(const std::vector<std::size_t>& members,
                                 const std::vector<std::optional<Message>>& failures)
{
    std::vector<std::int64_t> rows;
    for (std::size_t row = 0; row < members.size(); ++row)
        if (!failures[row])
            rows.push_back(static_cast<std::int64_t>(row));
    return rows;
}

// The decision threshold: 0.5, or the highest one reaching the target sensitivity on the
// validation split (two classes only; 0.5 when the split cannot tell).
double chooseThreshold(double targetSensitivity, const std::optional<ScoredRows>& validation,
                       const std::vector<std::string>& classes)
{
    if (targetSensitivity <= 0.0 || classes.size() != 2 || !validation)
        return 0.5;
    return thresholdForSensitivity(validation->labels, validation->probabilities, defaultPositiveClass(classes),
                                   targetSensitivity)
        .value_or(0.5);
}

// The settings a checkpoint may be resumed with: all of the run's but the epochs (a resumed run
// may ask for more) and where the weights and the cache lie.
std::string checkpointIdentity(const TrainConfig& config)
{
    TrainConfig comparable = config;
    comparable.epochs = 0;
    comparable.cacheDir.clear();
    comparable.weightsPath.clear();
    return toJson(comparable);
}

// Counts the images that had features, per split and class, and fingerprints their content.
DataSummary summarise(const Dataset& dataset, const std::vector<std::size_t>& learnMembers,
                      const ExtractedFeatures& learn, const std::vector<std::size_t>& testMembers,
                      const ExtractedFeatures& test)
{
    DataSummary data;
    data.name = std::filesystem::path(dataset.root).filename().string();
    data.grouping = dataset.grouping;
    data.groups = countGroups(dataset).groups;
    const std::size_t classes = dataset.classes.size();
    data.train.assign(classes, 0);
    data.validation.assign(classes, 0);
    data.test.assign(classes, 0);
    std::vector<std::string> lines;
    auto count = [&](const std::vector<std::size_t>& members, const ExtractedFeatures& extracted) {
        for (std::size_t row = 0; row < members.size(); ++row) {
            if (extracted.failures[row])
                continue;
            const ImageEntry& image = dataset.images[members[row]];
            const auto label = static_cast<std::size_t>(image.label);
            ++(image.split == Split::Train        ? data.train
               : image.split == Split::Validation ? data.validation
                                                  : data.test)[label];
            lines.push_back(dataset.classes[label] + "\t" + extracted.contentHashes[row] + "\n");
        }
    };
    count(learnMembers, learn);
    count(testMembers, test);
    std::sort(lines.begin(), lines.end());
    std::string joined;
    for (const std::string& line : lines)
        joined += line;
    data.fingerprint = sha256Hex(joined.data(), joined.size());
    return data;
}

// The learning images' features (with every view the augmentation asks for) and then the test
// images' (one view), as one extraction reported to the job.
struct SplitFeatures {
    PreparedFeatures learn, test;
    bool cancelled() const { return learn.extracted.cancelled || test.extracted.cancelled; }
};

SplitFeatures extractSplits(const FeatureStore& store, const Dataset& dataset,
                            const std::vector<std::size_t>& learnMembers, const std::vector<std::size_t>& testMembers,
                            int views, const Job& job)
{
    const std::size_t total = learnMembers.size() + testMembers.size();
    PhaseProgress progress(job, Phase::ExtractingFeatures);
    SplitFeatures features;
    features.learn = extractMembers(store, dataset, learnMembers, views, progress, 0, total);
    if (!features.learn.extracted.cancelled && !testMembers.empty())
        features.test = extractMembers(store, dataset, testMembers, 1, progress, learnMembers.size(), total);
    return features;
}

// Phase 2 (TrainConfig::fineTuneEpochs): block 5 and the head, trained from cached block-4
// features. On success the head is the fine-tuned one and both feature tensors hold the tuned
// block 5's output, so calibration and evaluation go on as for a frozen run.
struct FineTunePhase {
    bool cancelled = false;
    std::vector<EpochReport> history;
    std::vector<NamedArray> block5;
};

FineTunePhase fineTune(const Dataset& dataset, const std::shared_ptr<Backbone>& backbone, const TrainConfig& config,
                       const std::vector<std::size_t>& learnMembers, const std::vector<std::size_t>& testMembers,
                       const Job& job, HeadTrainingData& data, Head& head, ExtractedFeatures& test)
{
    FineTunePhase phase;
    if (!backbone->network())
        throw Error(
            Message{TL_MESSAGE("fine-tuning-needs-keras",
                               "fine-tuning needs Keras backbone weights (.h5), not a TorchScript features module"),
                    {}});
    const FeatureStore store(cacheDirOrDefault(config.cacheDir), backbone, config.imageSize, FeatureLayer::TunedInput);
    const SplitFeatures block4Features =
        extractSplits(store, dataset, learnMembers, testMembers, static_cast<int>(data.features.size(1)), job);
    if (block4Features.cancelled()) {
        phase.cancelled = true;
        return phase;
    }
    const ExtractedFeatures& learn4 = block4Features.learn.extracted;
    const ExtractedFeatures& test4 = block4Features.test.extracted;
    const HeadTrainingData block4{learn4.features, data.labels, data.train, data.validation};
    FineTuneResult tuned = fineTuneLayers(*backbone->network(), head, block4, fineTuneOptions(config), job);
    if (tuned.cancelled) {
        phase.cancelled = true;
        return phase;
    }
    phase.history = tuned.history;
    phase.block5 = tunedArrays(tuned.network);
    head = tuned.head;
    data.features = tunedFeatures(tuned.network, learn4.features);
    if (!testMembers.empty())
        test.features = tunedFeatures(tuned.network, test4.features);
    return phase;
}

// The head's training data: the learning images' features, labels, and which rows train and which
// validate (images without features in neither).
HeadTrainingData headTrainingData(const Dataset& dataset, const std::vector<std::size_t>& learnMembers,
                                  const ExtractedFeatures& learn)
{
    HeadTrainingData data;
    data.features = learn.features;
    std::vector<std::int64_t> labels;
    for (std::size_t row = 0; row < learnMembers.size(); ++row) {
        const ImageEntry& image = dataset.images[learnMembers[row]];
        labels.push_back(image.label);
        if (!learn.failures[row])
            (image.split == Split::Validation ? data.validation : data.train).push_back(static_cast<std::int64_t>(row));
    }
    data.labels = torch::tensor(labels, torch::kInt64);
    return data;
}

// The test images' evaluation at the chosen threshold, when any has features.
std::optional<Evaluation> evaluateTest(Head& head, const Dataset& dataset, const std::vector<std::size_t>& testMembers,
                                       const ExtractedFeatures& test, double threshold)
{
    const std::vector<std::int64_t> rows = rowsOf(testMembers, test.failures);
    if (rows.empty())
        return std::nullopt;
    HeadTrainingData testData{
        test.features, torch::zeros({static_cast<std::int64_t>(testMembers.size())}, torch::kInt64), {}, {}};
    for (std::size_t row = 0; row < testMembers.size(); ++row)
        testData.labels[static_cast<std::int64_t>(row)] = dataset.images[testMembers[row]].label;
    const ScoredRows scored = scoreRows(head, testData, rows);
    return evaluatePredictions(scored.labels, scored.probabilities, dataset.classes,
                               defaultPositiveClass(dataset.classes), threshold);
}

} // namespace

std::string checkpointPathFor(const std::string& modelPath)
{
    return modelPath + ".checkpoint";
}

JobResult<TrainingOutcome> trainModel(Dataset dataset, const TrainConfig& config, const std::string& modelPath,
                                      bool resume, const Job& job)
{
    validate(config);
    if (modelPath.empty())
        throw Error(Message{TL_MESSAGE("no-model-path", "no output model path was given"), {}});
    checkWritable(modelPath); // the checkpoint lies beside it
    assignTrainingSplits(dataset, config.testFraction, config.validationFraction, config.seed);
    checkTrainable(dataset);

    TrainingOutcome outcome;
    outcome.modelPath = modelPath;
    outcome.skipped = dataset.skipped;
    outcome.dataset = dataset;
    const FeatureSource source = prepareFeatureSource(dataset, config, job);
    if (job.cancel.cancelled())
        return std::nullopt;
    const std::shared_ptr<Backbone>& backbone = source.backbone;
    outcome.setupSeconds = source.setupSeconds;
    outcome.precisionChoice = source.choice;
    outcome.precision = backbone->precision();
    outcome.bf16ProbeError = backbone->bf16ProbeError();
    outcome.device = backbone->device().str();
    outcome.demoWeights = backbone->demoWeights();

    // Training and validation images get every view the augmentation asks for; test images one.
    std::vector<std::size_t> learnMembers, testMembers;
    for (std::size_t i = 0; i < dataset.images.size(); ++i)
        (dataset.images[i].split == Split::Test ? testMembers : learnMembers).push_back(i);
    Stopwatch watch;
    SplitFeatures features =
        extractSplits(source.store, dataset, learnMembers, testMembers, augmentationViews(config), job);
    if (features.cancelled())
        return std::nullopt;
    PreparedFeatures& learn = features.learn;
    PreparedFeatures& test = features.test;
    outcome.extractionSeconds = watch.lap();
    outcome.extractionProfile = learn.extracted.profile;
    outcome.extractionProfile += test.extracted.profile;
    outcome.featuresComputed = learn.extracted.computed + test.extracted.computed;
    outcome.featuresFromCache = learn.extracted.fromCache + test.extracted.fromCache;
    outcome.cacheWarning =
        learn.extracted.cacheWriteError ? learn.extracted.cacheWriteError : test.extracted.cacheWriteError;
    outcome.skipped.insert(outcome.skipped.end(), learn.skipped.begin(), learn.skipped.end());
    outcome.skipped.insert(outcome.skipped.end(), test.skipped.begin(), test.skipped.end());

    HeadTrainingData data = headTrainingData(dataset, learnMembers, learn.extracted);
    const HeadSpec spec = headSpecFor(config, featureMapShape(data.features), static_cast<int>(dataset.classes.size()));
    PhaseProgress training(job, Phase::Training);
    Job headJob = job; // the same token and hooks, and each batch is the training's progress
    headJob.onBatch = [&](const BatchReport& batch) {
        if (job.onBatch)
            job.onBatch(batch);
        const std::size_t done = static_cast<std::size_t>(batch.epoch) * batch.batchesPerEpoch + batch.batch + 1;
        training.report(done, static_cast<std::size_t>(config.epochs) * batch.batchesPerEpoch);
    };
    const HeadCheckpoint checkpoint{checkpointPathFor(modelPath), resume, checkpointIdentity(config)};
    HeadTrainingResult trained = trainHead(data, headTrainingOptions(config), spec, headJob, checkpoint);
    outcome.trainingSeconds = watch.lap();
    if (trained.cancelled)
        return std::nullopt;
    outcome.result.history = trained.history;
    outcome.result.bestEpoch = trained.bestEpoch;
    outcome.result.stoppedEarly = trained.stoppedEarly;
    const int positiveClass = defaultPositiveClass(dataset.classes);

    FineTunePhase fineTuned;
    if (config.fineTuneEpochs > 0) {
        if (!data.validation.empty()) {
            const ScoredRows frozen = scoreRows(trained.head, data, data.validation);
            outcome.result.frozenValidation =
                evaluatePredictions(frozen.labels, frozen.probabilities, dataset.classes, positiveClass);
        }
        fineTuned =
            fineTune(dataset, backbone, config, learnMembers, testMembers, job, data, trained.head, test.extracted);
        if (fineTuned.cancelled)
            return std::nullopt;
        outcome.result.fineTuneHistory = fineTuned.history;
    }

    PhaseProgress evaluation(job, Phase::Evaluating);
    evaluation.report(0, 1);
    if (config.temperatureScaling && !data.validation.empty()) {
        outcome.result.temperature = fitTemperature(toRows(headLogits(trained.head, data.features, data.validation)),
                                                    labelsOf(data, data.validation));
        trained.head->divideLogitsBy(outcome.result.temperature);
    }
    std::optional<ScoredRows> validation;
    if (!data.validation.empty())
        validation = scoreRows(trained.head, data, data.validation);
    outcome.result.threshold = chooseThreshold(config.targetSensitivity, validation, dataset.classes);
    if (validation)
        outcome.result.validation = evaluatePredictions(validation->labels, validation->probabilities, dataset.classes,
                                                        positiveClass, outcome.result.threshold);
    if (!testMembers.empty())
        outcome.result.test =
            evaluateTest(trained.head, dataset, testMembers, test.extracted, outcome.result.threshold);
    evaluation.report(1, 1);

    ModelFile model;
    ModelInfo& info = model.info;
    info.classes = dataset.classes;
    info.config = config;
    info.preprocessing = toString(backbone->preprocessing());
    info.backbonePrecision = backbone->precision();
    info.int8Calibration = backbone->int8Calibration();
    info.featureShape = {spec.channels, spec.height, spec.width};
    info.backboneFingerprint = backbone->fingerprint();
    info.backbonePath = std::filesystem::absolute(config.weightsPath).string();
    info.demoWeights = outcome.demoWeights;
    info.positiveClass = positiveClass;
    info.result = outcome.result;
    info.data = summarise(dataset, learnMembers, learn.extracted, testMembers, test.extracted);
    info.createdAt = utcNow();
    model.headParameters = trained.head->exportParameters();
    model.tunedParameters = fineTuned.block5;
    info.fingerprint = saveModelFile(modelPath, model);
    outcome.classifier = Classifier::fromTraining(model, backbone);
    std::error_code ignored;
    std::filesystem::remove(checkpoint.path, ignored);
    return outcome;
}

} // namespace tl
