#pragma once
// Backbone features, computed once and kept on disk. An entry is keyed by what determines it:
// the backbone fingerprint, image size, preprocessing and precision (the folder) and the image's
// content hash and number of views (the file). Entries are written atomically and carry a hash
// of their payload, so a damaged entry is detected and recomputed instead of poisoning training.
// Many processes on many hosts may share one store (a shared folder filled by a Slurm array):
// each writes under its own temporary name and renames, so readers never see a partial entry
// and no lock is needed.
#include "Backbone.h"
#include "ExtractionProfile.h"
#include "Message.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tl {

// Which output the store keeps: the backbone's features, or block 4's (fine-tuning's input).
enum class FeatureLayer { Final, TunedInput }; // TunedInput: fine-tuning's input (VGG16: block 4's output)

// Backbone inputs (images x views) per batch for bulk extraction: large enough to keep the cores
// busy, small enough to bound memory at 448 px.
constexpr int kBackboneBatch = 16;

// Called after each batch with (images done, images in total); returning false cancels.
using ExtractionCallback = std::function<bool(std::size_t done, std::size_t total)>;

struct ExtractedFeatures {
    torch::Tensor features;                       // N x views x C x h x w (float32 or bfloat16); none after fill
    std::vector<std::optional<Message>> failures; // per image: why it has no features; none when it has
    std::vector<std::string> contentHashes;       // per image: SHA-256 of the file (empty when unreadable)
    std::size_t computed = 0;
    std::size_t fromCache = 0;
    std::size_t damagedEntries = 0;         // cache entries found corrupt and recomputed
    std::optional<Message> cacheWriteError; // the first failure to store an entry (disk full...); training goes on
    bool cancelled = false;
    ExtractionProfile profile;
};

// What names a store's folder, so that features of other backbones or settings never mix.
struct FeatureStoreKey {
    std::string fingerprint;
    PreprocessMode preprocessing = PreprocessMode::Caffe;
    Precision precision = Precision::Fp32; // Fp32, Bf16 or Int8
    int imageSize = 224;
    FeatureLayer layer = FeatureLayer::Final;
    std::string int8Calibration; // Int8Calibration::identity(), for int8 only
    // An answering backbone's fixed batch (Backbone::answering): its features are kept apart from
    // a training's, whose last bits came from other batch shapes. 0 for a training's store.
    std::int64_t answerBatch = 0;

    static FeatureStoreKey of(const Backbone& backbone, int imageSize, FeatureLayer layer = FeatureLayer::Final);
    // The key of the backbone that Backbone::load would make, found without loading it: the
    // file's hash and kind, and Backbone::intendedPrecision (int8: with that calibration).
    static FeatureStoreKey forWeights(BackboneId backbone, const std::string& weightsPath, Precision precision,
                                      DeviceChoice device, int imageSize, const std::string& int8Calibration = "");
};

class FeatureStore {
public:
    // An empty cacheDir disables the disk cache.
    FeatureStore(std::string cacheDir, std::shared_ptr<const Backbone> backbone, int imageSize,
                 FeatureLayer layer = FeatureLayer::Final);
    // A store that only tells what it holds (entryState): extract and fill need a backbone.
    FeatureStore(const std::string& cacheDir, const FeatureStoreKey& key);

    // views is 1 (the image as it is) or kDihedralViews; batchSize counts backbone inputs (images x views).
    ExtractedFeatures extract(const std::vector<std::string>& imagePaths, int views, int batchSize,
                              const ExtractionCallback& onBatch = {}) const;

    // As extract, but keeps no features in memory: fills the store for a later training.
    ExtractedFeatures fill(const std::vector<std::string>& imagePaths, int views, int batchSize,
                           const ExtractionCallback& onBatch = {}) const;

    // Whether an image's entry for `views` is stored (for one view, an augmented entry serves
    // too). Without verify only the header and the size are checked; with it, the checksum too.
    enum class EntryState { Missing, Complete, Damaged };
    EntryState entryState(const std::string& imageHash, int views, bool verify) const;

    // The folder holding this backbone's and settings' entries.
    const std::string& folder() const { return m_folder; }

private:
    ExtractedFeatures run(const std::vector<std::string>& imagePaths, int views, int batchSize,
                          const ExtractionCallback& onBatch, bool keepFeatures) const;
    std::string entryPath(const std::string& imageHash, int views) const;
    torch::Tensor readEntry(const std::string& imageHash, int views, bool& damaged) const;
    EntryState storedState(const std::string& imageHash, int views, bool verify) const;
    void writeEntry(const std::string& imageHash, const torch::Tensor& features) const;

    std::shared_ptr<const Backbone> m_backbone; // null: inspection only
    FeatureStoreKey m_key;
    std::string m_folder;
    torch::ScalarType m_storageType;
};

} // namespace tl
