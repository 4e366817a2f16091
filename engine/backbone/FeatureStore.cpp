#include "FeatureStore.h"

#include "AtomicFile.h"
#include "Error.h"
#include "Hashing.h"
#include "ImageDecoder.h"
#include "Stopwatch.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>

namespace tl {
namespace {

constexpr char kMagic[8] = {'T', 'L', 'F', 'E', 'A', 'T', '0', '1'};

struct EntryHeader {
    char magic[8];
    std::uint32_t type; // 0: float32, 1: bfloat16
    std::uint32_t views, channels, height, width;
    std::uint32_t reserved;
    std::uint64_t payloadBytes;
    char payloadSha256[64];
};

struct DecodedImage {
    RgbImage image; // empty on failure
    std::optional<Message> failure;
};

struct DecodedBatch {
    std::vector<DecodedImage> images;
    double seconds = 0;
};

// Only the files' decoding: libtorch's resizing and scaling stay on the extracting thread, whose
// operators use every core. Run on this thread, they started a second team of threads beside
// the backbone's and slowed both: a first MobileNetV2 extraction of the 2,637 shared images on 2
// cores took 16.1 s (decoding 4.4 s, backbone 11.6 s), and takes 11.5 s with the resizing moved
// (decoding 2.4 s, backbone and resizing 8.7 s).
DecodedBatch decodeBatch(const std::vector<std::string>& paths)
{
    const Stopwatch watch;
    DecodedBatch batch;
    for (const std::string& path : paths) {
        try {
            batch.images.push_back({decodeImage(path), std::nullopt});
        } catch (const Error& e) {
            batch.images.push_back({RgbImage{}, messageOf(e)});
        }
    }
    batch.seconds = watch.seconds();
    return batch;
}

// Whether a header describes an entry this store can use: its format, type and views, and a
// payload of exactly the size its shape gives.
bool headerFits(const EntryHeader& header, int views, torch::ScalarType storageType)
{
    const torch::ScalarType type = header.type == 1 ? torch::kBFloat16 : torch::kFloat32;
    const std::uint64_t elements =
        static_cast<std::uint64_t>(header.views) * header.channels * header.height * header.width;
    return std::memcmp(header.magic, kMagic, sizeof kMagic) == 0 && type == storageType &&
           header.views == static_cast<std::uint32_t>(views) && header.payloadBytes < (1ULL << 32) &&
           header.channels < (1U << 16) && header.height < (1U << 16) && header.width < (1U << 16) &&
           elements * torch::elementSize(storageType) == header.payloadBytes;
}

} // namespace

FeatureStoreKey FeatureStoreKey::of(const Backbone& backbone, int imageSize, FeatureLayer layer)
{
    // An int8 backbone computes fine-tuning's input in fp32.
    if (backbone.precision() == Precision::Int8 && layer == FeatureLayer::TunedInput)
        return {backbone.fingerprint(), backbone.preprocessing(), Precision::Fp32, imageSize, layer, ""};
    const std::optional<Int8Calibration>& calibration = backbone.int8Calibration();
    return {backbone.fingerprint(),
            backbone.preprocessing(),
            backbone.precision(),
            imageSize,
            layer,
            calibration ? calibration->identity() : "",
            backbone.answerBatch()};
}

FeatureStoreKey FeatureStoreKey::forWeights(BackboneId backbone, const std::string& weightsPath, Precision precision,
                                            DeviceChoice device, int imageSize, const std::string& int8Calibration)
{
    const Precision intended = Backbone::intendedPrecision(precision, Backbone::resolveDevice(device, precision));
    return {Backbone::fingerprintOf(weightsPath),
            Backbone::preprocessingOf(backbone, weightsPath),
            intended,
            imageSize,
            FeatureLayer::Final,
            intended == Precision::Int8 ? int8Calibration : ""};
}

FeatureStore::FeatureStore(std::string cacheDir, std::shared_ptr<const Backbone> backbone, int imageSize,
                           FeatureLayer layer)
    : FeatureStore(cacheDir, FeatureStoreKey::of(*backbone, imageSize, layer))
{
    m_backbone = std::move(backbone);
}

// Features are kept in bf16 when the backbone is no more exact than that: int8's features err by a
// few percent, so bf16's 0.4% rounding costs them nothing and halves the memory of a training
// (a dihedral one on 2,637 images holds 2.1 GB of features in fp32) and the cache on disk.
FeatureStore::FeatureStore(const std::string& cacheDir, const FeatureStoreKey& key)
    : m_key(key), m_storageType(key.precision == Precision::Fp32 ? torch::kFloat32 : torch::kBFloat16)
{
    if (!cacheDir.empty())
        m_folder = cacheDir + "/" + key.fingerprint.substr(0, 24) + "-s" + std::to_string(key.imageSize) + "-" +
                   toString(key.preprocessing) + "-" + toString(key.precision) +
                   (key.int8Calibration.empty() ? "" : "-" + key.int8Calibration) +
                   (key.layer == FeatureLayer::TunedInput ? "-block4" : "") /* the name from VGG16 alone */ +
                   (key.answerBatch > 0 ? "-answers" + std::to_string(key.answerBatch) : "");
}

std::string FeatureStore::entryPath(const std::string& imageHash, int views) const
{
    return m_folder + "/" + imageHash.substr(0, 2) + "/" + imageHash + "-v" + std::to_string(views) + ".feat";
}

torch::Tensor FeatureStore::readEntry(const std::string& imageHash, int views, bool& damaged) const
{
    std::ifstream in(entryPath(imageHash, views), std::ios::binary);
    if (!in)
        return {};
    EntryHeader header{};
    in.read(reinterpret_cast<char*>(&header), sizeof header);
    if (!in || !headerFits(header, views, m_storageType)) {
        damaged = true;
        return {};
    }
    torch::Tensor features = torch::empty({header.views, header.channels, header.height, header.width}, m_storageType);
    in.read(static_cast<char*>(features.data_ptr()), static_cast<std::streamsize>(header.payloadBytes));
    const bool complete = in.gcount() == static_cast<std::streamsize>(header.payloadBytes);
    if (complete && sha256Hex(features.data_ptr(), header.payloadBytes) ==
                        std::string(header.payloadSha256, sizeof header.payloadSha256))
        return features;
    damaged = true;
    return {};
}

FeatureStore::EntryState FeatureStore::storedState(const std::string& imageHash, int views, bool verify) const
{
    if (verify) {
        bool damaged = false;
        return readEntry(imageHash, views, damaged).defined() ? EntryState::Complete
               : damaged                                      ? EntryState::Damaged
                                                              : EntryState::Missing;
    }
    const std::string path = entryPath(imageHash, views);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return EntryState::Missing;
    EntryHeader header{};
    in.read(reinterpret_cast<char*>(&header), sizeof header);
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    return in && headerFits(header, views, m_storageType) && !error && size == sizeof header + header.payloadBytes
               ? EntryState::Complete
               : EntryState::Damaged;
}

FeatureStore::EntryState FeatureStore::entryState(const std::string& imageHash, int views, bool verify) const
{
    const EntryState own = storedState(imageHash, views, verify);
    if (own == EntryState::Complete || views != 1)
        return own;
    const EntryState augmented = storedState(imageHash, kDihedralViews, verify);
    return augmented == EntryState::Missing ? own : augmented;
}

void FeatureStore::writeEntry(const std::string& imageHash, const torch::Tensor& features) const
{
    const torch::Tensor stored = features.to(m_storageType).contiguous();
    EntryHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.type = m_storageType == torch::kBFloat16 ? 1 : 0;
    header.views = static_cast<std::uint32_t>(stored.size(0));
    header.channels = static_cast<std::uint32_t>(stored.size(1));
    header.height = static_cast<std::uint32_t>(stored.size(2));
    header.width = static_cast<std::uint32_t>(stored.size(3));
    header.payloadBytes = stored.nbytes();
    const std::string sha = sha256Hex(stored.data_ptr(), stored.nbytes());
    std::memcpy(header.payloadSha256, sha.data(), sizeof header.payloadSha256);
    std::string bytes(reinterpret_cast<const char*>(&header), sizeof header);
    bytes.append(static_cast<const char*>(stored.data_ptr()), stored.nbytes());
    writeFileAtomically(entryPath(imageHash, header.views), bytes);
}

ExtractedFeatures FeatureStore::extract(const std::vector<std::string>& paths, int views, int batchSize,
                                        const ExtractionCallback& onBatch) const
{
    return run(paths, views, batchSize, onBatch, true);
}

ExtractedFeatures FeatureStore::fill(const std::vector<std::string>& paths, int views, int batchSize,
                                     const ExtractionCallback& onBatch) const
{
    if (m_folder.empty())
        throw Error(
            Message{TL_MESSAGE("feature-cache-needs-folder", "filling the feature cache needs a cache folder"), {}});
    return run(paths, views, batchSize, onBatch, false);
}

ExtractedFeatures FeatureStore::run(const std::vector<std::string>& paths, int views, int batchSize,
                                    const ExtractionCallback& onBatch, bool keepFeatures) const
{
    if (!m_backbone)
        throw Error(
            Message{TL_MESSAGE("feature-store-without-backbone",
                               "this feature store was opened to inspect it: it has no backbone to compute features"),
                    {}});
    if (views != 1 && views != kDihedralViews)
        throw Error(Message{TL_MESSAGE("feature-views-invalid", "feature views must be 1 or %1"),
                            {std::to_string(kDihedralViews)}});
    ExtractedFeatures result;
    result.failures.resize(paths.size());
    const std::size_t total = paths.size();
    std::vector<std::string>& hashes = result.contentHashes;
    hashes.resize(total);
    std::vector<std::size_t> missing;
    ExtractionProfile& profile = result.profile;
    Stopwatch watch;

    auto place = [&](std::size_t index, const torch::Tensor& features) {
        if (!keepFeatures)
            return;
        if (!result.features.defined()) {
            std::vector<std::int64_t> shape = {static_cast<std::int64_t>(total)};
            for (std::int64_t d : features.sizes())
                shape.push_back(d);
            result.features = torch::zeros(shape, m_storageType);
        }
        result.features[static_cast<std::int64_t>(index)].copy_(features);
    };

    for (std::size_t i = 0; i < total; ++i) {
        try {
            hashes[i] = sha256OfFile(paths[i]);
        } catch (const Error& e) {
            result.failures[i] = messageOf(e);
            continue;
        }
        bool damaged = false;
        torch::Tensor cached = m_folder.empty() ? torch::Tensor() : readEntry(hashes[i], views, damaged);
        if (!cached.defined() && views == 1 && !m_folder.empty())
            cached = readEntry(hashes[i], kDihedralViews, damaged);
        result.damagedEntries += damaged ? 1 : 0;
        if (cached.defined()) {
            place(i, cached.size(0) == views ? cached : cached.slice(0, 0, 1)); // view 0 of an augmented entry
            ++result.fromCache;
        } else {
            missing.push_back(i);
        }
    }
    profile.readingSeconds = watch.lap();
    if (onBatch && !onBatch(result.fromCache, total)) {
        result.cancelled = true;
        return result;
    }

    // Decode the next batch on another thread while the backbone runs on this one.
    const std::size_t step = static_cast<std::size_t>(std::max(1, batchSize / views));
    auto startDecode = [&](std::size_t begin) {
        std::vector<std::string> batchPaths;
        for (std::size_t k = begin; k < std::min(begin + step, missing.size()); ++k)
            batchPaths.push_back(paths[missing[k]]);
        return std::async(std::launch::async, decodeBatch, batchPaths);
    };
    std::future<DecodedBatch> next = missing.empty() ? std::future<DecodedBatch>() : startDecode(0);
    for (std::size_t begin = 0; begin < missing.size(); begin += step) {
        watch.lap();
        const DecodedBatch batch = next.get();
        profile.waitingForDecodeSeconds += watch.lap();
        profile.decodingSeconds += batch.seconds;
        const std::vector<DecodedImage>& decoded = batch.images;
        if (begin + step < missing.size())
            next = startDecode(begin + step);
        std::vector<torch::Tensor> inputs;
        std::vector<std::size_t> owners;
        for (std::size_t k = 0; k < decoded.size(); ++k) {
            const std::size_t index = missing[begin + k];
            if (decoded[k].failure) {
                result.failures[index] = decoded[k].failure;
                continue;
            }
            const torch::Tensor input = preprocess(rgbTensor(decoded[k].image), m_key.imageSize, m_key.preprocessing);
            for (int view = 0; view < views; ++view)
                inputs.push_back(dihedralView(input, view));
            owners.push_back(index);
        }
        if (!inputs.empty()) {
            const torch::Tensor stacked = torch::stack(inputs);
            const torch::Tensor features = m_key.layer == FeatureLayer::TunedInput ? m_backbone->extractToTuned(stacked)
                                                                                   : m_backbone->extract(stacked);
            profile.backboneSeconds += watch.lap();
            for (std::size_t k = 0; k < owners.size(); ++k) {
                const torch::Tensor imageFeatures =
                    features.slice(0, static_cast<std::int64_t>(k) * views, static_cast<std::int64_t>(k + 1) * views);
                place(owners[k], imageFeatures);
                if (!m_folder.empty() && !result.cacheWriteError) {
                    watch.lap();
                    try {
                        writeEntry(hashes[owners[k]], imageFeatures);
                    } catch (const Error& e) {
                        result.cacheWriteError = messageOf(e); // keep going: the cache only saves time
                    }
                    profile.cacheWritingSeconds += watch.lap();
                }
                ++result.computed;
            }
        }
        const std::size_t done = result.fromCache + std::min(begin + step, missing.size());
        if (onBatch && !onBatch(done, total)) {
            if (next.valid())
                next.wait();
            result.cancelled = true;
            return result;
        }
    }
    if (!result.features.defined() && keepFeatures)
        result.features =
            torch::zeros({0, views, m_backbone ? m_backbone->spec().featureChannels : 0, 1, 1}, m_storageType);
    return result;
}

} // namespace tl
