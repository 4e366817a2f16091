#include "FeatureCache.h"

#include "AtomicFile.h"
#include "Backbone.h"
#include "BackboneSetup.h"
#include "Error.h"
#include "FeatureStore.h"
#include "Hashing.h"
#include "Paths.h"
#include "TrainingSteps.h"

#include <chrono>
#include <set>

namespace tl {

const std::vector<std::string>& featureCacheOptionKeys()
{
    static const std::vector<std::string> keys = {"backbone",     "weights",   "cache_dir", "image_size",
                                                  "augmentation", "precision", "device"};
    return keys;
}

int shardOfContent(const std::string& contentHash, int count)
{
    if (count < 1 || contentHash.size() < 16)
        throw Error(Message{
            TL_MESSAGE("shard-needs-hash-and-count", "a shard needs a content hash and a shard count of at least 1"),
            {}});
    return static_cast<int>(std::stoull(contentHash.substr(0, 16), nullptr, 16) % static_cast<std::uint64_t>(count));
}

Shard shardFromString(const std::string& text)
{
    const std::size_t slash = text.find('/');
    Shard shard;
    std::size_t indexEnd = 0, countEnd = 0;
    try {
        if (slash == std::string::npos)
            throw std::invalid_argument("no slash");
        shard.index = std::stoi(text.substr(0, slash), &indexEnd);
        shard.count = std::stoi(text.substr(slash + 1), &countEnd);
    } catch (const std::logic_error&) {
        throw Error(Message{
            TL_MESSAGE("shard-syntax", "a shard is written K/N, e.g. 0/4 for the first of four (got '%1')"), {text}});
    }
    if (indexEnd != slash || countEnd != text.size() - slash - 1 || shard.count < 1 || shard.index < 0 ||
        shard.index >= shard.count)
        throw Error(Message{
            TL_MESSAGE("shard-out-of-range", "a shard K/N needs 0 <= K < N, e.g. 0/4 for the first of four (got '%1')"),
            {text}});
    return shard;
}

JobResult<CacheFillOutcome> fillFeatureCache(const Dataset& dataset, const TrainConfig& config, Shard shard,
                                             const Job& job)
{
    validate(config);
    const auto start = std::chrono::steady_clock::now();
    const FeatureSource source = prepareFeatureSource(dataset, config, job);
    if (job.cancel.cancelled())
        return std::nullopt;
    const std::shared_ptr<Backbone>& backbone = source.backbone;
    const FeatureStore& store = source.store;
    CacheFillOutcome outcome;
    outcome.folder = store.folder();
    outcome.precision = backbone->precision();
    outcome.device = backbone->device().str();
    outcome.abandonedTemporaryFilesRemoved = removeAbandonedTemporaryFiles(store.folder());

    std::vector<std::string> paths;
    for (const ImageEntry& image : dataset.images) {
        try {
            if (shardOfContent(sha256OfFile(image.path), shard.count) == shard.index)
                paths.push_back(image.path);
        } catch (const Error& e) {
            if (shard.index == 0) // reported once, by the first shard
                outcome.failed.push_back({image.path, messageOf(e)});
        }
    }
    outcome.imagesInShard = paths.size();
    PhaseProgress extraction(job, Phase::ExtractingFeatures);
    const ExtractedFeatures filled =
        store.fill(paths, augmentationViews(config), kBackboneBatch,
                   [&](std::size_t done, std::size_t total) { return extraction.report(done, total); });
    if (filled.cancelled)
        return std::nullopt;
    outcome.computed = filled.computed;
    outcome.fromCache = filled.fromCache;
    outcome.damagedRecomputed = filled.damagedEntries;
    outcome.cacheWriteError = filled.cacheWriteError;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (filled.failures[i])
            outcome.failed.push_back({paths[i], *filled.failures[i]});
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return outcome;
}

JobResult<CacheStatus> featureCacheStatus(const Dataset& dataset, const TrainConfig& config, int shardCount,
                                          bool verify, const Job& job)
{
    PhaseProgress progress(job, Phase::CheckingCache);
    validate(config);
    if (shardCount < 1)
        throw Error(Message{TL_MESSAGE("shard-count-invalid", "the number of shards must be at least 1"), {}});
    // The store a training would read, found without loading the backbone: this stays quick.
    const Precision precision = expectedPrecision(config);
    const std::string calibration =
        precision == Precision::Int8 ? drawInt8Calibration(dataset, config.seed).calibration.identity() : "";
    const FeatureStoreKey key = FeatureStoreKey::forWeights(config.backbone, config.weightsPath, precision,
                                                            config.device, config.imageSize, calibration);
    const FeatureStore store(cacheDirOrDefault(config.cacheDir), key);
    CacheStatus status;
    status.folder = store.folder();
    status.precision = key.precision;
    status.total = dataset.images.size();
    std::set<int> incomplete;
    for (std::size_t i = 0; i < dataset.images.size(); ++i) {
        std::string hash;
        try {
            hash = sha256OfFile(dataset.images[i].path);
        } catch (const Error&) {
            ++status.unreadable;
            continue;
        }
        const FeatureStore::EntryState state = store.entryState(hash, augmentationViews(config), verify);
        status.cached += state == FeatureStore::EntryState::Complete ? 1 : 0;
        status.damaged += state == FeatureStore::EntryState::Damaged ? 1 : 0;
        if (state != FeatureStore::EntryState::Complete)
            incomplete.insert(shardOfContent(hash, shardCount));
        if (!progress.report(i + 1, dataset.images.size()))
            return std::nullopt;
    }
    status.incompleteShards.assign(incomplete.begin(), incomplete.end());
    return status;
}

} // namespace tl
