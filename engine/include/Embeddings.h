#pragma once
// Backbone features as plain numbers, for use in other tools (the CLI's `features` command).
// No torch types here.
#include "Dataset.h"
#include "Job.h"
#include "TrainConfig.h"

#include <functional>
#include <string>
#include <vector>

namespace tl {

enum class Pooling { Average, Max, Flatten };
Pooling poolingFromString(const std::string& text);

struct Embeddings {
    std::vector<std::string> paths; // one per row, in input order, undecodable images left out
    std::size_t dimension = 0;
    std::vector<float> values; // rows x dimension, row-major
    std::vector<SkippedFile> skipped;
};

// Computed directly (no cache) so that the numbers are exactly the backbone's. The job hears
// Phase::LoadingWeights and Phase::ExtractingFeatures.
JobResult<Embeddings> computeEmbeddings(BackboneId backbone, const std::string& weightsPath,
                                        const std::vector<std::string>& imagePaths, int imageSize, Pooling pooling,
                                        Precision precision, DeviceChoice device, const Job& job = {});

} // namespace tl
