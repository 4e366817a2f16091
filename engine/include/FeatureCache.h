#pragma once
// The feature cache filled ahead of training: in shards that many machines compute at once (a
// Slurm job array: transferlab-cli cache fill / slurm), and how much of a dataset it holds.
// Entries are named by the settings training reads (weights, image size, precision, views), so
// a training with the same settings afterwards computes no feature.
// No torch types here: the UI and the CLI include this header.
#include "Dataset.h"
#include "Job.h"
#include "TrainConfig.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tl {

// Shard `index` (0-based) of `count`.
struct Shard {
    int index = 0;
    int count = 1;
};

// The training options that fill and status read (TrainOptions.h keys): where the weights and
// the cache are, the image size, the augmentation's views, the precision and the device.
const std::vector<std::string>& featureCacheOptionKeys();

// Images go to shards by their content hash, so adding images never moves the others.
int shardOfContent(const std::string& contentHash, int count);
// "K/N" with 0 <= K < N; throws tl::Error naming what is wrong.
Shard shardFromString(const std::string& text);

struct CacheFillOutcome {
    std::size_t imagesInShard = 0;
    std::size_t computed = 0, fromCache = 0;
    std::size_t damagedRecomputed = 0;              // entries found corrupt and computed again
    std::size_t abandonedTemporaryFilesRemoved = 0; // left by killed writers on this host
    std::vector<SkippedFile> failed;                // the shard's images that have no features, with why
    std::optional<Message> cacheWriteError;         // the first entry that could not be stored
    std::string folder;                             // where this backbone's and settings' entries are
    Precision precision = Precision::Fp32;
    std::string device;
    double seconds = 0;
};

// Computes the missing features of the dataset's images in `shard`, with the views the
// augmentation asks for, into cacheDirOrDefault(config.cacheDir): the backbone prepared as a
// training prepares it, its setup and the extraction reported to the job.
JobResult<CacheFillOutcome> fillFeatureCache(const Dataset& dataset, const TrainConfig& config, Shard shard,
                                             const Job& job = {});

struct CacheStatus {
    std::size_t total = 0;             // images in the dataset
    std::size_t cached = 0;            // with a complete entry
    std::size_t damaged = 0;           // with an entry that is torn or fails its checksum (recomputed when used)
    std::size_t unreadable = 0;        // that cannot be hashed (not counted as cached)
    std::vector<int> incompleteShards; // of shardCount, in order
    std::string folder;
    Precision precision = Precision::Fp32;
};

// How much of the dataset a training with config would find cached, without loading the
// backbone (see FeatureStoreKey::forWeights). verify reads every entry and checks its checksum;
// otherwise headers and sizes are checked (fast on large caches).
// Reports Phase::CheckingCache.
JobResult<CacheStatus> featureCacheStatus(const Dataset& dataset, const TrainConfig& config, int shardCount,
                                          bool verify, const Job& job = {});

} // namespace tl
