#include "Leakage.h"

#include "BackboneSetup.h"
#include "Error.h"
#include "ImageGroups.h"
#include "PerceptualHash.h"
#include "PhaseProgress.h"
#include "TrainingSteps.h"

#include <ATen/Parallel.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

namespace tl {
namespace {

constexpr std::int64_t kBlockRows = 1024; // rows of the similarity matrix computed at once
constexpr std::size_t kChunkImages = 512; // images whose feature maps are held at once

const char* splitName(Split split)
{
    switch (split) {
    case Split::Train: return "train";
    case Split::Validation: return "validation";
    case Split::Test: return "test";
    }
    return "";
}

std::string crossingOf(Split a, Split b)
{
    if (a == b)
        return "none";
    return std::string(splitName(std::min(a, b))) + "-" + splitName(std::max(a, b));
}

// The pooled, unit-length features of the readable images (imageOf: their dataset indexes), from
// the cache or computed, a chunk at a time: 10,000 images' feature maps are never held at once.
struct PooledFeatures {
    torch::Tensor rows; // images x channels
    std::vector<std::size_t> imageOf;
    std::vector<std::string> contentHashes; // per row
    std::vector<SkippedFile> skipped;
    std::size_t computed = 0, fromCache = 0;
};

std::optional<PooledFeatures> pooledFeatures(const FeatureStore& store, const Dataset& dataset, const Job& job)
{
    PooledFeatures pooled;
    std::vector<torch::Tensor> chunks;
    PhaseProgress extraction(job, Phase::ExtractingFeatures);
    const std::size_t total = dataset.images.size();
    for (std::size_t begin = 0; begin < total; begin += kChunkImages) {
        std::vector<std::size_t> members(std::min(kChunkImages, total - begin));
        std::iota(members.begin(), members.end(), begin);
        const PreparedFeatures prepared = extractMembers(store, dataset, members, 1, extraction, begin, total);
        const ExtractedFeatures& extracted = prepared.extracted;
        if (extracted.cancelled)
            return std::nullopt;
        pooled.computed += extracted.computed;
        pooled.fromCache += extracted.fromCache;
        pooled.skipped.insert(pooled.skipped.end(), prepared.skipped.begin(), prepared.skipped.end());
        std::vector<std::int64_t> rows;
        for (std::size_t row = 0; row < members.size(); ++row)
            if (!extracted.failures[row]) {
                rows.push_back(static_cast<std::int64_t>(row));
                pooled.imageOf.push_back(members[row]);
                pooled.contentHashes.push_back(extracted.contentHashes[row]);
            }
        if (!rows.empty())
            chunks.push_back(
                extracted.features.index_select(0, torch::tensor(rows)).select(1, 0).to(torch::kFloat32).mean({2, 3}));
    }
    pooled.rows = chunks.empty() ? torch::zeros({0, 1})
                                 : torch::nn::functional::normalize(
                                       torch::cat(chunks), torch::nn::functional::NormalizeFuncOptions().dim(1));
    return pooled;
}

// Each image's hashes, decoded again (an image that fails now has none: its features still count).
std::vector<std::optional<PerceptualHashes>> hashesOf(const std::vector<std::string>& paths, const CancelToken& cancel)
{
    std::vector<std::optional<PerceptualHashes>> hashes(paths.size());
    at::parallel_for(0, static_cast<std::int64_t>(paths.size()), 16, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end && !cancel.cancelled(); ++i) {
            try {
                hashes[static_cast<std::size_t>(i)] = perceptualHashes(decodeImage(paths[static_cast<std::size_t>(i)]));
            } catch (const Error&) {
            }
        }
    });
    return hashes;
}

// Every pair at or above the threshold, by blocks of rows of the cosine matrix (never held whole).
// Only a pair whose cosine a perfect hash agreement could lift to the threshold has its hashes
// compared: most pairs are passed over on one number.
std::optional<std::vector<ImagePair>> pairsOf(const Dataset& dataset, const PooledFeatures& pooled,
                                              const std::vector<std::optional<PerceptualHashes>>& hashes,
                                              double threshold, PhaseProgress& progress, const CancelToken& cancel)
{
    std::vector<ImagePair> pairs;
    const auto n = static_cast<std::int64_t>(pooled.imageOf.size());
    const double lowestLiftable = 1.0 - (1.0 - threshold) / hashAgreementFactor(0);
    for (std::int64_t begin = 0; begin < n; begin += kBlockRows) {
        if (cancel.cancelled())
            return std::nullopt;
        const std::int64_t end = std::min(n, begin + kBlockRows);
        const torch::Tensor block = torch::matmul(pooled.rows.slice(0, begin, end), pooled.rows.t()).contiguous();
        const float* cosines = block.data_ptr<float>();
        for (std::int64_t i = begin; i < end; ++i)
            for (std::int64_t j = i + 1; j < n; ++j) {
                const double cosine = cosines[(i - begin) * n + j];
                const auto x = static_cast<std::size_t>(i), y = static_cast<std::size_t>(j);
                const bool exact = pooled.contentHashes[x] == pooled.contentHashes[y];
                if (cosine < lowestLiftable && !exact)
                    continue;
                const int distance = hashes[x] && hashes[y] ? hashDistance(*hashes[x], *hashes[y]) : 64;
                const double similarity = exact ? 1.0 : 1.0 - (1.0 - cosine) * hashAgreementFactor(distance);
                if (similarity < threshold)
                    continue;
                const ImageEntry& a = dataset.images[pooled.imageOf[x]];
                const ImageEntry& b = dataset.images[pooled.imageOf[y]];
                pairs.push_back({pooled.imageOf[x], pooled.imageOf[y], similarity, cosine, distance,
                                 exact ? PairKind::Exact : PairKind::Near, crossingOf(a.split, b.split),
                                 a.label != b.label});
            }
        progress.report(static_cast<std::size_t>(end), static_cast<std::size_t>(n));
    }
    return pairs;
}

} // namespace

double hashAgreementFactor(int hashDistance)
{
    constexpr std::pair<int, double> kFactors[] = {{0, 1.0 / 8}, {2, 1.0 / 5}, {4, 1.0 / 4}, {6, 1.0 / 2}};
    for (const auto& [bits, factor] : kFactors)
        if (hashDistance <= bits)
            return factor;
    return 1.0;
}

Message crossingName(const std::string& crossing)
{
    if (crossing == "train-validation")
        return Message{TL_MESSAGE("crossing", "training and validation"), {}};
    if (crossing == "train-test")
        return Message{TL_MESSAGE("crossing", "training and test"), {}};
    if (crossing == "validation-test")
        return Message{TL_MESSAGE("crossing", "validation and test"), {}};
    return Message{TL_MESSAGE("crossing", "no: one split"), {}};
}

LeakageCounts countsOf(const LeakageReport& report)
{
    LeakageCounts counts;
    for (const ImagePair& pair : report.pairs) {
        counts.exact += pair.kind == PairKind::Exact;
        counts.crossingSplit += pair.crossing != "none";
        counts.labelConflicts += pair.labelConflict;
    }
    return counts;
}

JobResult<LeakageReport> findLeakage(Dataset dataset, const TrainConfig& config, double threshold, const Job& job)
{
    validate(config);
    if (!(threshold > 0.0 && threshold <= 1.0))
        throw Error(Message{TL_MESSAGE("leakage-threshold-out-of-range",
                                       "the similarity threshold must be above 0 and at most 1 (got %1)"),
                            {std::to_string(threshold)}});
    assignTrainingSplits(dataset, config.testFraction, config.validationFraction, config.seed);
    const FeatureSource source = prepareFeatureSource(dataset, config, job);
    if (job.cancel.cancelled())
        return std::nullopt;
    const std::optional<PooledFeatures> pooled = pooledFeatures(source.store, dataset, job);
    if (!pooled)
        return std::nullopt;
    LeakageReport report;
    report.threshold = threshold;
    report.images = pooled->imageOf.size();
    report.featuresComputed = pooled->computed;
    report.featuresFromCache = pooled->fromCache;
    report.skipped = dataset.skipped;
    report.skipped.insert(report.skipped.end(), pooled->skipped.begin(), pooled->skipped.end());

    PhaseProgress comparing(job, Phase::ComparingImages);
    std::vector<std::string> paths;
    for (std::size_t image : pooled->imageOf)
        paths.push_back(dataset.images[image].path);
    const std::vector<std::optional<PerceptualHashes>> hashes = hashesOf(paths, job.cancel);
    std::optional<std::vector<ImagePair>> pairs =
        job.cancel.cancelled() ? std::nullopt : pairsOf(dataset, *pooled, hashes, threshold, comparing, job.cancel);
    if (!pairs)
        return std::nullopt;
    std::sort(pairs->begin(), pairs->end(), [](const ImagePair& x, const ImagePair& y) {
        return x.similarity != y.similarity ? x.similarity > y.similarity : std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    report.pairsFound = pairs->size();
    if (pairs->size() > kMaxLeakagePairs)
        pairs->resize(kMaxLeakagePairs);
    report.pairs = std::move(*pairs);
    report.dataset = std::move(dataset);
    return report;
}

std::string toJson(const LeakageReport& report)
{
    nlohmann::json pairs = nlohmann::json::array();
    for (const ImagePair& pair : report.pairs)
        pairs.push_back({{"a", datasetRelativePath(report.dataset, report.dataset.images[pair.a].path)},
                         {"b", datasetRelativePath(report.dataset, report.dataset.images[pair.b].path)},
                         {"similarity", pair.similarity},
                         {"feature_cosine", pair.featureCosine},
                         {"hash_distance", pair.hashDistance},
                         {"kind", pair.kind == PairKind::Exact ? "exact" : "near"},
                         {"crosses", pair.crossing},
                         {"label_conflict", pair.labelConflict}});
    return nlohmann::json{{"pairs", pairs},
                          {"threshold", report.threshold},
                          {"images", report.images},
                          {"pairs_found", report.pairsFound},
                          {"pairs_listed", report.pairs.size()},
                          {"grouping", report.dataset.grouping},
                          {"features_computed", report.featuresComputed},
                          {"features_from_cache", report.featuresFromCache}}
        .dump(2);
}

} // namespace tl
