#pragma once
// Backbone features, computed once and kept on disk. An entry is keyed by what determines it:
// the backbone fingerprint, image size, preprocessing and precision (the folder) and the image's
// content hash and number of views (the file). Entries are written atomically and carry a hash
// of their payload, so a damaged entry is detected and recomputed instead of poisoning training.
#include "Backbone.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tl {

// Which output the store keeps: the backbone's features, or block 4's (fine-tuning's input).
enum class FeatureLayer { Final, Block4 };

// Called after each batch with (images done, images in total); returning false cancels.
using ExtractionCallback = std::function<bool(std::size_t done, std::size_t total)>;

struct ExtractedFeatures {
    torch::Tensor features;                 // N x views x C x h x w (float32 or bfloat16)
    std::vector<std::string> failures;      // per image: why it has no features; empty when it has
    std::vector<std::string> contentHashes; // per image: SHA-256 of the file (empty when unreadable)
    std::size_t computed = 0;
    std::size_t fromCache = 0;
    std::size_t damagedEntries = 0; // cache entries found corrupt and recomputed
    std::string cacheWriteError;    // the first failure to store an entry (disk full...); training goes on
    bool cancelled = false;
};

class FeatureStore {
public:
    // An empty cacheDir disables the disk cache.
    FeatureStore(std::string cacheDir, std::shared_ptr<const Backbone> backbone, int imageSize,
                 FeatureLayer layer = FeatureLayer::Final);

    // views is 1 (the image as it is) or kDihedralViews; batchSize counts backbone inputs (images x views).
    ExtractedFeatures extract(const std::vector<std::string>& imagePaths, int views, int batchSize,
                              const ExtractionCallback& onBatch = {}) const;

    // The folder holding this backbone's and settings' entries.
    const std::string& folder() const { return m_folder; }

private:
    std::string entryPath(const std::string& imageHash, int views) const;
    torch::Tensor readEntry(const std::string& imageHash, int views, bool& damaged) const;
    void writeEntry(const std::string& imageHash, const torch::Tensor& features) const;

    std::shared_ptr<const Backbone> m_backbone;
    int m_imageSize;
    FeatureLayer m_layer;
    std::string m_folder;
    torch::ScalarType m_storageType;
};

} // namespace tl
