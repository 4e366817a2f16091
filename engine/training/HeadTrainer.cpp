#include "HeadTrainer.h"

#include "AtomicFile.h"
#include "Error.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <random>

namespace tl {
namespace {

// Everything besides the weights and the optimizer that a resumed run needs.
struct LoopState {
    int nextEpoch = 0;
    double bestLoss = std::numeric_limits<double>::infinity();
    bool bestIsDegenerate = true; // see trainHead: a sound epoch beats every degenerate one
    int bestEpoch = -1;
    int epochsSinceBest = 0;
    int epochsOnPlateau = 0;
    double plateauBest = std::numeric_limits<double>::infinity();
    double learningRate = 0;
};

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const HeadTrainingOptions& options, Head& head)
{
    if (options.optimizer == OptimizerType::Sgd)
        return std::make_unique<torch::optim::SGD>(
            head->parameters(), torch::optim::SGDOptions(options.learningRate).momentum(options.momentum));
    return std::make_unique<torch::optim::Adam>(head->parameters(), torch::optim::AdamOptions(options.learningRate));
}

void setLearningRate(torch::optim::Optimizer& optimizer, double rate)
{
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(rate);
}

torch::Tensor identityTensor(const std::string& runIdentity)
{
    return torch::from_blob(const_cast<char*>(runIdentity.data()), {static_cast<std::int64_t>(runIdentity.size())},
                            torch::kUInt8)
        .clone();
}

torch::Tensor historyTensor(const std::vector<EpochReport>& history)
{
    torch::Tensor table = torch::zeros({static_cast<std::int64_t>(history.size()), 6}, torch::kFloat64);
    for (std::size_t i = 0; i < history.size(); ++i) {
        const EpochReport& e = history[i];
        const double row[] = {double(e.epoch),  e.trainLoss,          e.trainAccuracy,
                              e.validationLoss, e.validationAccuracy, e.learningRate};
        for (int k = 0; k < 6; ++k)
            table[static_cast<std::int64_t>(i)][k] = row[k];
    }
    return table;
}

std::vector<EpochReport> historyFrom(const torch::Tensor& table)
{
    std::vector<EpochReport> history;
    for (std::int64_t i = 0; i < table.size(0); ++i) {
        auto value = [&](int k) { return table[i][k].item<double>(); };
        history.push_back({static_cast<int>(value(0)), value(1), value(2), value(3), value(4), value(5)});
    }
    return history;
}

void saveCheckpoint(const HeadCheckpoint& checkpoint, const Head& head, const Head& best,
                    const torch::optim::Optimizer& optimizer, const LoopState& state,
                    const std::vector<EpochReport>& history)
{
    torch::serialize::OutputArchive archive, headArchive, bestArchive, optimizerArchive;
    head->save(headArchive);
    best->save(bestArchive);
    optimizer.save(optimizerArchive);
    archive.write("head", headArchive);
    archive.write("best", bestArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write("config", identityTensor(checkpoint.runIdentity));
    archive.write("history", historyTensor(history));
    // Each value under its own name, so that a field added later cannot shift the others.
    auto put = [&](const char* name, double value) {
        archive.write(std::string("state.") + name, torch::tensor(value, torch::kFloat64));
    };
    put("next_epoch", state.nextEpoch);
    put("best_loss", state.bestLoss);
    put("best_is_degenerate", state.bestIsDegenerate);
    put("best_epoch", state.bestEpoch);
    put("epochs_since_best", state.epochsSinceBest);
    put("epochs_on_plateau", state.epochsOnPlateau);
    put("plateau_best", state.plateauBest);
    put("learning_rate", state.learningRate);
    AtomicFile atomic(checkpoint.path);
    try {
        archive.save_to(atomic.temporaryPath());
    } catch (const c10::Error& e) {
        throw Error(Message{TL_MESSAGE("checkpoint-cannot-write", "cannot write checkpoint '%1' (is the disk full?)"),
                            {checkpoint.path}});
    }
    atomic.commit();
}

LoopState loadCheckpoint(const HeadCheckpoint& checkpoint, Head& head, Head& best, torch::optim::Optimizer& optimizer,
                         std::vector<EpochReport>& history)
{
    try {
        torch::serialize::InputArchive archive, headArchive, bestArchive, optimizerArchive;
        const std::string& path = checkpoint.path;
        archive.load_from(path);
        torch::Tensor savedConfig, table;
        archive.read("config", savedConfig);
        if (!savedConfig.equal(identityTensor(checkpoint.runIdentity)))
            throw Error(Message{TL_MESSAGE("checkpoint-other-settings",
                                           "checkpoint '%1' belongs to a run with other settings: start the training "
                                           "afresh, or resume it with the same settings"),
                                {path}});
        archive.read("head", headArchive);
        archive.read("best", bestArchive);
        archive.read("optimizer", optimizerArchive);
        archive.read("history", table);
        head->load(headArchive);
        best->load(bestArchive);
        optimizer.load(optimizerArchive);
        history = historyFrom(table);
        auto get = [&](const char* name) {
            torch::Tensor value;
            archive.read(std::string("state.") + name, value);
            return value.item<double>();
        };
        LoopState state;
        state.nextEpoch = static_cast<int>(get("next_epoch"));
        state.bestLoss = get("best_loss");
        state.bestIsDegenerate = get("best_is_degenerate") != 0;
        state.bestEpoch = static_cast<int>(get("best_epoch"));
        state.epochsSinceBest = static_cast<int>(get("epochs_since_best"));
        state.epochsOnPlateau = static_cast<int>(get("epochs_on_plateau"));
        state.plateauBest = get("plateau_best");
        state.learningRate = get("learning_rate");
        return state;
    } catch (const c10::Error&) {
        throw Error(Message{TL_MESSAGE("checkpoint-damaged",
                                       "checkpoint '%1' is damaged and cannot be resumed: start the training afresh"),
                            {checkpoint.path}});
    }
}

torch::Tensor classWeights(const HeadTrainingOptions& options, const HeadTrainingData& data, int classes)
{
    if (!options.autoClassWeights)
        return {};
    std::vector<double> counts(static_cast<std::size_t>(classes), 0.0);
    for (std::int64_t row : data.train)
        counts[static_cast<std::size_t>(data.labels[row].item<std::int64_t>())] += 1;
    std::vector<float> weights;
    for (double count : counts)
        weights.push_back(count > 0 ? static_cast<float>(data.train.size() / (classes * count)) : 0.0f);
    return torch::tensor(weights);
}

// The rows in consecutive parts of at most 256: a pass over many images holds few at once.
std::vector<std::vector<std::int64_t>> chunksOf(const std::vector<std::int64_t>& rows)
{
    constexpr std::size_t kChunk = 256;
    std::vector<std::vector<std::int64_t>> chunks;
    for (std::size_t begin = 0; begin < rows.size(); begin += kChunk)
        chunks.emplace_back(rows.begin() + static_cast<std::ptrdiff_t>(begin),
                            rows.begin() + static_cast<std::ptrdiff_t>(std::min(rows.size(), begin + kChunk)));
    return chunks;
}

struct Measured {
    double loss = 0, accuracy = 0;
    // The rows hold more than one class and the head gave them all the same one: it tells
    // nothing apart.
    bool predictsOneClass = false;
};

Measured measure(Head& head, const HeadTrainingData& data, const std::vector<std::int64_t>& rows)
{
    const torch::Tensor probabilities = headProbabilities(head, data.features, rows);
    const torch::Tensor labels = data.labels.index_select(0, torch::tensor(rows, torch::kInt64));
    const torch::Tensor picked = probabilities.gather(1, labels.unsqueeze(1)).clamp_min(1e-12);
    const torch::Tensor predicted = probabilities.argmax(1);
    const bool severalClasses = labels.min().item<std::int64_t>() != labels.max().item<std::int64_t>();
    return {-picked.log().mean().item<double>(), predicted.eq(labels).to(torch::kFloat64).mean().item<double>(),
            severalClasses && predicted.eq(predicted[0]).all().item<bool>()};
}

// How the head's inputs are normalised while it trains: each one's mean over the training rows
// (every view), and one scale for all, the root mean square of their standard deviations. One
// scale keeps the features' relative sizes, which a per-feature standardisation would throw
// away: it made the Flatten head overfit within two epochs on the shared skin images (validation
// loss 0.53-0.84 against 0.44-0.52, over 3 seeds and 2 stand-in backbones).
struct InputNormalisation {
    torch::Tensor mean; // as normaliseInputs() takes it
    double scale = 1.0;
};

InputNormalisation inputNormalisation(const HeadTrainingData& data, HeadType type)
{
    torch::Tensor sum, squares;
    double count = 0;
    for (const std::vector<std::int64_t>& rows : chunksOf(data.train)) {
        for (std::int64_t view = 0; view < data.features.size(1); ++view) {
            torch::Tensor x = gather(data.features, rows, std::vector<std::int64_t>(rows.size(), view));
            x = x.to(torch::kFloat64);
            if (type == HeadType::GlobalAveragePool)
                x = x.mean({2, 3}, /*keepdim=*/true);
            sum = sum.defined() ? sum + x.sum(0) : x.sum(0);
            squares = squares.defined() ? squares + (x * x).sum(0) : (x * x).sum(0);
            count += static_cast<double>(rows.size());
        }
    }
    const torch::Tensor mean = sum / count;
    const double meanVariance = (squares / count - mean * mean).clamp_min(0).mean().item<double>();
    return {mean, meanVariance > 0 ? std::sqrt(meanVariance) : 1.0};
}

} // namespace

HeadTrainingOptions headTrainingOptions(const TrainConfig& config)
{
    HeadTrainingOptions options;
    options.optimizer = config.optimizer;
    options.learningRate = config.learningRate;
    options.momentum = config.momentum;
    options.batchSize = config.batchSize;
    options.epochs = config.epochs;
    options.seed = config.seed;
    options.autoClassWeights = config.autoClassWeights;
    options.earlyStoppingPatience = config.earlyStoppingPatience;
    options.reduceLrPatience = config.reduceLrPatience;
    options.reduceLrFactor = config.reduceLrFactor;
    options.normaliseFeatures = config.featureScaling == FeatureScaling::Normalise;
    return options;
}

torch::Tensor gather(const torch::Tensor& features, const std::vector<std::int64_t>& rows,
                     const std::vector<std::int64_t>& views)
{
    const std::int64_t viewCount = features.size(1);
    std::vector<std::int64_t> flat(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        flat[i] = rows[i] * viewCount + views[i];
    const torch::Tensor merged = features.flatten(0, 1);
    return merged.index_select(0, torch::tensor(flat, torch::kInt64)).to(torch::kFloat32);
}

torch::Tensor headLogits(Head& head, const torch::Tensor& features, const std::vector<std::int64_t>& rows, int view)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = head->is_training();
    head->eval();
    std::vector<torch::Tensor> chunks;
    for (const std::vector<std::int64_t>& part : chunksOf(rows))
        chunks.push_back(head->forward(gather(features, part, std::vector<std::int64_t>(part.size(), view))));
    head->train(wasTraining);
    return chunks.empty() ? torch::zeros({0, head->spec().classes}) : torch::cat(chunks);
}

torch::Tensor headProbabilities(Head& head, const torch::Tensor& features, const std::vector<std::int64_t>& rows,
                                int view)
{
    return torch::softmax(headLogits(head, features, rows, view), 1);
}

torch::Tensor averageProbabilityOverViews(Head& head, const torch::Tensor& features,
                                          const std::vector<std::int64_t>& rows)
{
    torch::Tensor sum = headProbabilities(head, features, rows, 0);
    const std::int64_t views = features.size(1);
    for (int view = 1; view < views; ++view)
        sum = sum + headProbabilities(head, features, rows, view);
    return sum / static_cast<double>(views);
}

HeadTrainingResult trainHead(const HeadTrainingData& data, const HeadTrainingOptions& options, const HeadSpec& spec,
                             const Job& job, const HeadCheckpoint& checkpoint)
{
    if (data.train.empty())
        throw Error(Message{TL_MESSAGE("no-training-images", "there are no training images"), {}});
    torch::manual_seed(options.seed);
    HeadTrainingResult result;
    Head head(spec);
    if (options.normaliseFeatures) {
        const InputNormalisation normalisation = inputNormalisation(data, spec.type);
        head->normaliseInputs(normalisation.mean, normalisation.scale);
    }
    Head best = copyHead(head);
    auto optimizer = makeOptimizer(options, head);
    LoopState state;
    state.learningRate = options.learningRate;
    if (checkpoint.resume && !checkpoint.path.empty() && std::filesystem::exists(checkpoint.path))
        state = loadCheckpoint(checkpoint, head, best, *optimizer, result.history);
    setLearningRate(*optimizer, state.learningRate);

    const torch::Tensor weights = classWeights(options, data, spec.classes);
    const std::int64_t viewCount = data.features.size(1);
    const std::size_t batchSize = static_cast<std::size_t>(options.batchSize);
    const int batchesPerEpoch = static_cast<int>((data.train.size() + batchSize - 1) / batchSize);
    const bool hasValidation = !data.validation.empty();

    for (int epoch = state.nextEpoch; epoch < options.epochs; ++epoch) {
        torch::manual_seed(options.seed * 1000003ULL + static_cast<std::uint64_t>(epoch));
        std::mt19937_64 random(options.seed * 7919ULL + static_cast<std::uint64_t>(epoch));
        std::vector<std::int64_t> order = data.train;
        std::shuffle(order.begin(), order.end(), random);
        std::uniform_int_distribution<std::int64_t> pickView(0, viewCount - 1);

        head->train();
        double lossSum = 0, correct = 0;
        for (int batch = 0; batch < batchesPerEpoch; ++batch) {
            const std::size_t begin = static_cast<std::size_t>(batch) * batchSize;
            const std::vector<std::int64_t> rows(
                order.begin() + static_cast<std::ptrdiff_t>(begin),
                order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + batchSize)));
            std::vector<std::int64_t> views(rows.size());
            for (auto& view : views)
                view = pickView(random);
            const torch::Tensor labels = data.labels.index_select(0, torch::tensor(rows, torch::kInt64));
            const torch::Tensor logits = head->forward(gather(data.features, rows, views));
            const torch::Tensor loss = torch::nn::functional::cross_entropy(
                logits, labels, torch::nn::functional::CrossEntropyFuncOptions().weight(weights));
            optimizer->zero_grad();
            loss.backward();
            optimizer->step();

            const double batchLoss = loss.item<double>();
            const double batchCorrect = logits.argmax(1).eq(labels).sum().item<double>();
            lossSum += batchLoss * rows.size();
            correct += batchCorrect;
            if (job.onBatch)
                job.onBatch({epoch, batch, batchesPerEpoch, batchLoss, batchCorrect / rows.size()});
            if (job.cancel.cancelled()) {
                result.cancelled = true;
                return result;
            }
        }

        EpochReport report{epoch,        lossSum / data.train.size(), correct / data.train.size(), std::nan(""),
                           std::nan(""), state.learningRate};
        bool predictsOneClass = false;
        if (hasValidation) {
            const Measured validation = measure(head, data, data.validation);
            report.validationLoss = validation.loss;
            report.validationAccuracy = validation.accuracy;
            predictsOneClass = validation.predictsOneClass;
        }
        result.history.push_back(report);

        // Plateau and early stopping watch the validation loss (the training loss without a
        // validation split). A degenerate epoch (every validation image called the same class, or
        // a loss that is not finite) is kept only while no sound epoch exists, whatever its loss:
        // saturated losses tie at the clamp, and the first of them would otherwise stay the best.
        const double watched = hasValidation ? report.validationLoss : report.trainLoss;
        const bool degenerate = predictsOneClass || !std::isfinite(watched);
        const bool better = state.bestIsDegenerate != degenerate ? state.bestIsDegenerate : watched < state.bestLoss;
        if (better) {
            state.bestLoss = watched;
            state.bestIsDegenerate = degenerate;
            state.bestEpoch = epoch;
            state.epochsSinceBest = 0;
            best = copyHead(head);
        } else {
            ++state.epochsSinceBest;
        }
        if (watched < state.plateauBest * (1.0 - 1e-4)) {
            state.plateauBest = watched;
            state.epochsOnPlateau = 0;
        } else if (options.reduceLrPatience > 0 && ++state.epochsOnPlateau >= options.reduceLrPatience) {
            state.learningRate *= options.reduceLrFactor;
            setLearningRate(*optimizer, state.learningRate);
            state.epochsOnPlateau = 0;
        }
        state.nextEpoch = epoch + 1;
        const bool stopEarly = hasValidation && options.earlyStoppingPatience > 0 &&
                               state.epochsSinceBest >= options.earlyStoppingPatience;
        if (stopEarly)
            state.nextEpoch = options.epochs; // a resumed run must not continue past an early stop
        if (!checkpoint.path.empty())
            saveCheckpoint(checkpoint, head, best, *optimizer, state, result.history);
        if (job.onEpoch)
            job.onEpoch(report);
        if (job.cancel.cancelled()) {
            result.cancelled = true;
            return result;
        }
        if (stopEarly) {
            result.stoppedEarly = true;
            break;
        }
    }
    result.bestEpoch = hasValidation ? state.bestEpoch : static_cast<int>(result.history.size()) - 1;
    result.head = hasValidation ? best : head;
    result.head->foldInputNormalisation();
    return result;
}

} // namespace tl
