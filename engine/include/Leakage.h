#pragma once
// The leakage and near-duplicate finder: pairs of the dataset's images that are the same picture,
// or the same lesion photographed or processed again, and whether a pair crosses a split (its
// metrics are then inflated) or two classes (a label conflict). Two signals, because neither
// alone finds every copy: the backbone's pooled features (cosine similarity), which follow the
// content but move a lot under a JPEG re-encode, and perceptual hashes of the image's dihedral
// views (PerceptualHash.h), which a re-encode, a resize, a flip or a crop barely move. Exact copies
// are found by their content hash. No torch types here: the UI and the CLI include this header.
#include "Dataset.h"
#include "Job.h"
#include "TrainConfig.h"

#include <string>
#include <vector>

namespace tl {

// A pair's similarity is its pooled features' cosine, brought nearer to 1 when the perceptual
// hashes agree: 1 - (1 - cosine) x hashAgreementFactor(distance). A JPEG re-encode can drop the
// cosine to 0.62 while the hashes stay within 2 bits; two different lesions can share a 4-bit
// hash by chance, but then their cosine is low. Factors and threshold were measured on the shared
// skin-lesion images with MobileNetV2 and 100 planted copies (see README, "Leakage").
constexpr double kDefaultLeakageThreshold = 0.95;
// 1/8 when the hashes are equal, 1/5 within 2 bits, 1/4 within 4, 1/2 within 6, else 1.
double hashAgreementFactor(int hashDistance);
constexpr int kMostHashBitsThatCount = 6;
// The most pairs a report lists (the most similar first); the count of all is kept.
constexpr std::size_t kMaxLeakagePairs = 2000;

enum class PairKind { Exact, Near };

struct ImagePair {
    std::size_t a = 0, b = 0; // indexes into the dataset's images, a < b
    double similarity = 0;    // see hashAgreementFactor(); 1 for an exact copy
    double featureCosine = 0;
    int hashDistance = 0; // bits, over the dihedral and cropped views
    PairKind kind = PairKind::Near;
    std::string crossing = "none"; // "train-validation", "train-test", "validation-test"
    bool labelConflict = false;
};

struct LeakageReport {
    Dataset dataset; // as split (and grouped) for the search: what the pairs' indexes refer to
    double threshold = kDefaultLeakageThreshold;
    std::size_t images = 0;       // compared (images that could not be read are skipped)
    std::size_t pairsFound = 0;   // before the kMaxLeakagePairs bound
    std::vector<ImagePair> pairs; // the most similar first
    std::vector<SkippedFile> skipped;
    std::size_t featuresComputed = 0, featuresFromCache = 0;
};

// What the listed pairs hold: exact copies, pairs across a split, pairs under two classes.
struct LeakageCounts {
    std::size_t exact = 0, crossingSplit = 0, labelConflicts = 0;
};
LeakageCounts countsOf(const LeakageReport& report);
// A pair's crossing as a person reads it, in their language: "training and test", "no: one split".
Message crossingName(const std::string& crossing);

// Splits the dataset as a training with this configuration would (its groups kept whole), takes
// every image's features from the cache (computing what is missing), and lists the pairs at or
// above the threshold. The job hears the backbone's setup, the extraction and Phase::ComparingImages.
JobResult<LeakageReport> findLeakage(Dataset dataset, const TrainConfig& config, double threshold, const Job& job = {});

// The JSON of `transferlab-cli leakage --json`: pairs, threshold, images (paths as in "splits").
std::string toJson(const LeakageReport& report);

} // namespace tl
