#include "Embeddings.h"

#include "Backbone.h"
#include "BackboneSetup.h"
#include "Choices.h"
#include "Error.h"
#include "FeatureStore.h"
#include "PhaseProgress.h"
#include "TrainingSteps.h"

namespace tl {

Pooling poolingFromString(const std::string& text)
{
    if (text == "avg")
        return Pooling::Average;
    if (text == "max")
        return Pooling::Max;
    if (text == "flatten")
        return Pooling::Flatten;
    throw unknownChoice(TL_MESSAGE("option-name", "pooling"), text, {"avg", "max", "flatten"});
}

JobResult<Embeddings> computeEmbeddings(BackboneId backbone, const std::string& weightsPath,
                                        const std::vector<std::string>& imagePaths, int imageSize, Pooling pooling,
                                        Precision precision, DeviceChoice device, const Job& job)
{
    if (precision == Precision::Int8)
        throw Error(Message{TL_MESSAGE("embeddings-no-int8",
                                       "int8 is calibrated for a training; embeddings are computed in fp32 or bf16"),
                            {}});
    const FeatureStore store(/*cacheDir=*/"", loadWeights(backbone, weightsPath, precision, device, job), imageSize);
    if (job.cancel.cancelled())
        return std::nullopt;
    PhaseProgress extraction(job, Phase::ExtractingFeatures);
    const PreparedFeatures prepared = extractImages(store, imagePaths, 1, extraction);
    const ExtractedFeatures& extracted = prepared.extracted;
    if (extracted.cancelled)
        return std::nullopt;
    Embeddings embeddings;
    embeddings.skipped = prepared.skipped;
    std::vector<std::int64_t> rows;
    for (std::size_t i = 0; i < imagePaths.size(); ++i) {
        if (extracted.failures[i])
            continue;
        rows.push_back(static_cast<std::int64_t>(i));
        embeddings.paths.push_back(imagePaths[i]);
    }
    if (rows.empty())
        return embeddings;
    const torch::Tensor maps = extracted.features.index_select(0, torch::tensor(rows)).select(1, 0).to(torch::kFloat32);
    const torch::Tensor pooled = pooling == Pooling::Average ? maps.mean({2, 3})
                                 : pooling == Pooling::Max   ? maps.amax({2, 3})
                                                             : maps.flatten(1);
    const torch::Tensor table = pooled.contiguous();
    embeddings.dimension = static_cast<std::size_t>(table.size(1));
    embeddings.values.assign(table.data_ptr<float>(), table.data_ptr<float>() + table.numel());
    return embeddings;
}

} // namespace tl
