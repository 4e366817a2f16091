#include "Classifier.h"

#include "Backbone.h"
#include "Error.h"
#include "FeatureStore.h"
#include "Hashing.h"
#include "Head.h"
#include "HeadTrainer.h"
#include "ModelFile.h"
#include "Paths.h"

#include <filesystem>

namespace tl {

struct Classifier::Impl {
    ModelInfo info;
    std::shared_ptr<Backbone> backbone;
    Head head{nullptr};
};

namespace {

std::string shortHash(const std::string& hash)
{
    return hash.substr(0, 12);
}

// The weights the caller named, else where the model was trained from, else the default location.
std::string locateWeights(const ModelInfo& info, const std::string& requested)
{
    if (!requested.empty())
        return requested;
    std::error_code error;
    if (!info.backbonePath.empty() && std::filesystem::exists(info.backbonePath, error))
        return info.backbonePath;
    if (std::filesystem::exists(defaultWeightsPath(), error))
        return defaultWeightsPath();
    throw Error("the backbone weights this model needs were not found (looked in '" + info.backbonePath + "' and '" +
                defaultWeightsPath() + "'): pass the weights file explicitly");
}

Prediction predictionFrom(const torch::Tensor& probabilities, const ModelInfo& info)
{
    Prediction prediction;
    const torch::Tensor row = probabilities.to(torch::kFloat64).contiguous();
    prediction.probabilities.assign(row.data_ptr<double>(), row.data_ptr<double>() + row.numel());
    std::vector<int> label = {0};
    prediction.predictedClass =
        evaluatePredictions(label, {prediction.probabilities}, info.classes, info.positiveClass, info.threshold)
            .predicted.front();
    return prediction;
}

} // namespace

Classifier Classifier::open(const std::string& modelPath, const std::string& weightsPath, DeviceChoice device)
{
    ModelFile model = loadModelFile(modelPath);
    auto impl = std::make_shared<Impl>();
    impl->info = model.info;
    const std::string weights = locateWeights(impl->info, weightsPath);
    const std::string fingerprint = sha256OfFile(weights);
    if (fingerprint != impl->info.backboneFingerprint)
        throw Error("model '" + modelPath + "' was trained with the backbone " +
                    shortHash(impl->info.backboneFingerprint) + " but '" + weights + "' is " + shortHash(fingerprint) +
                    ": use the weights file the model was trained with");
    impl->backbone = Backbone::load(weights, impl->info.backbonePrecision, device);
    impl->head = Head(headSpecFor(impl->info));
    impl->head->importParameters(model.headParameters, modelPath);
    impl->head->eval();
    Classifier classifier;
    classifier.m_impl = impl;
    return classifier;
}

const ModelInfo& Classifier::info() const
{
    return m_impl->info;
}

Prediction Classifier::predict(const std::string& imagePath) const
{
    return predict(decodeImage(imagePath));
}

Prediction Classifier::predict(const RgbImage& image) const
{
    const torch::Tensor input =
        preprocess(rgbTensor(image), m_impl->info.config.imageSize, m_impl->backbone->preprocessing()).unsqueeze(0);
    const torch::Tensor features = m_impl->backbone->extract(input).unsqueeze(1); // N x views x C x h x w
    Head head = m_impl->head;
    return predictionFrom(headProbabilities(head, features, {0})[0], m_impl->info);
}

DatasetEvaluation Classifier::evaluate(const Dataset& dataset, std::optional<double> threshold,
                                       const std::function<bool(std::size_t, std::size_t)>& onProgress) const
{
    const ModelInfo& info = m_impl->info;
    std::vector<int> classMap; // dataset label -> model class
    for (const std::string& name : dataset.classes) {
        const auto found = std::find(info.classes.begin(), info.classes.end(), name);
        if (found == info.classes.end())
            throw Error("the dataset has a class '" + name + "' that the model does not know");
        classMap.push_back(static_cast<int>(found - info.classes.begin()));
    }
    std::vector<std::string> paths;
    for (const ImageEntry& image : dataset.images)
        paths.push_back(image.path);
    const FeatureStore store(info.config.cacheDir.empty() ? defaultCacheDir() : info.config.cacheDir, m_impl->backbone,
                             info.config.imageSize);
    const ExtractedFeatures extracted = store.extract(paths, 1, /*batchSize=*/16, onProgress);
    if (extracted.cancelled)
        throw Error("evaluation cancelled");

    DatasetEvaluation result;
    std::vector<std::int64_t> rows;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (!extracted.failures[i].empty()) {
            result.skipped.push_back({paths[i], extracted.failures[i]});
            continue;
        }
        rows.push_back(static_cast<std::int64_t>(i));
        result.paths.push_back(paths[i]);
        result.labels.push_back(classMap[static_cast<std::size_t>(dataset.images[i].label)]);
    }
    if (rows.empty())
        throw Error("no image of '" + dataset.root + "' could be evaluated");
    Head head = m_impl->head;
    const torch::Tensor probabilities = headProbabilities(head, extracted.features, rows).to(torch::kFloat64);
    for (std::int64_t i = 0; i < probabilities.size(0); ++i) {
        const torch::Tensor row = probabilities[i].contiguous();
        result.probabilities.emplace_back(row.data_ptr<double>(), row.data_ptr<double>() + row.numel());
    }
    result.evaluation = evaluatePredictions(result.labels, result.probabilities, info.classes, info.positiveClass,
                                            threshold.value_or(info.threshold));
    return result;
}

} // namespace tl
