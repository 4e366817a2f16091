#include "Classifier.h"

#include "Backbone.h"
#include "Error.h"
#include "FeatureStore.h"
#include "FileKind.h"
#include "FineTuning.h"
#include "GradCam.h"
#include "Hashing.h"
#include "Head.h"
#include "ModelHead.h"
#include "HeadTrainer.h"
#include "ModelFile.h"
#include "Paths.h"
#include "PhaseProgress.h"
#include "TorchScriptPipeline.h"
#include "TrainingSteps.h"

#include <filesystem>

namespace tl {

struct Classifier::Impl {
    ModelInfo info;
    std::vector<NamedArray> headParameters;
    std::shared_ptr<Backbone> backbone; // null for a TorchScript export
    // What predict() and classify() answer with (Backbone::answering): fp32, at a fixed batch, so
    // that an image gets the same numbers alone or in a batch.
    std::shared_ptr<const Backbone> fp32;
    Head head{nullptr};
    std::optional<torch::jit::Module> pipeline; // a TorchScript export
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
    if (std::filesystem::exists(defaultWeightsPath(info.config.backbone), error))
        return defaultWeightsPath(info.config.backbone);
    throw Error(
        Message{TL_MESSAGE("model-weights-not-found", "the backbone weights this model needs were not found (looked in "
                                                      "'%1' and '%2'): pass the weights file explicitly"),
                {info.backbonePath, defaultWeightsPath(info.config.backbone)}});
}

// Each image's probabilities from the head run on its features alone, as predict() runs it: over
// several rows the head's matrix products add in another order (the BLAS picks its kernel by the
// rows' count), which moved a VGG16 probability by 6e-6 on a 2-core EPYC with OpenBLAS. The head
// costs microseconds an image; the backbone, milliseconds.
std::vector<torch::Tensor> probabilitiesOneByOne(Head head, const torch::Tensor& features,
                                                 const std::vector<std::int64_t>& rows)
{
    std::vector<torch::Tensor> probabilities;
    for (std::int64_t row : rows)
        probabilities.push_back(averageProbabilityOverViews(head, features, {row})[0]);
    return probabilities;
}

Prediction predictionFrom(const torch::Tensor& probabilities, const ModelInfo& info)
{
    Prediction prediction;
    const torch::Tensor row = probabilities.to(torch::kFloat64).contiguous();
    prediction.probabilities.assign(row.data_ptr<double>(), row.data_ptr<double>() + row.numel());
    std::vector<int> label = {0};
    prediction.predictedClass =
        evaluatePredictions(label, {prediction.probabilities}, info.classes, info.positiveClass, info.result.threshold)
            .predicted.front();
    return prediction;
}

// The model on its backbone (in the model's precision, int8 calibrated as it was), whether the
// model was read from its file or is the one a training just made.
std::shared_ptr<Classifier::Impl> assemble(const ModelFile& model, std::shared_ptr<Backbone> backbone,
                                           const std::string& source)
{
    auto impl = std::make_shared<Classifier::Impl>();
    impl->info = model.info;
    impl->headParameters = model.headParameters;
    impl->backbone = std::move(backbone);
    if (!model.tunedParameters.empty()) // fine-tuned: every use of the backbone gets the new block 5
        impl->backbone =
            impl->backbone->withTunedLayers(withTunedArrays(*impl->backbone->network(), model.tunedParameters));
    impl->fp32 = impl->backbone->answering();
    impl->head = Head(headSpecFor(impl->info));
    impl->head->importParameters(model.headParameters, source);
    impl->head->eval();
    return impl;
}

std::shared_ptr<Classifier::Impl> openModelFile(const std::string& modelPath, const std::string& weightsPath,
                                                DeviceChoice device)
{
    const ModelFile model = loadModelFile(modelPath);
    const std::string weights = locateWeights(model.info, weightsPath);
    const std::string fingerprint = sha256OfFile(weights);
    if (fingerprint != model.info.backboneFingerprint)
        throw Error(
            Message{TL_MESSAGE("model-backbone-mismatch", "model '%1' was trained with the backbone %2 but '%3' is %4: "
                                                          "use the weights file the model was trained with"),
                    {modelPath, shortHash(model.info.backboneFingerprint), weights, shortHash(fingerprint)}});
    std::shared_ptr<Backbone> backbone =
        Backbone::load(model.info.config.backbone, weights, model.info.backbonePrecision, device);
    if (model.info.int8Calibration)
        backbone->useInt8Calibration(*model.info.int8Calibration);
    return assemble(model, std::move(backbone), modelPath);
}

std::shared_ptr<Classifier::Impl> openTorchScriptExport(const std::string& path)
{
    LoadedPipeline loaded = loadTorchScriptPipeline(path);
    auto impl = std::make_shared<Classifier::Impl>();
    impl->info = loaded.info;
    impl->pipeline = loaded.module;
    return impl;
}

// jit::Module is a shared handle: a copy runs the same module without needing it non-const.
torch::Tensor runPipeline(torch::jit::Module pipeline, const RgbImage& image)
{
    torch::NoGradGuard noGrad;
    return pipeline.forward({rgbTensor(image)}).toTensor();
}

} // namespace

Classifier Classifier::open(const std::string& modelPath, const std::string& weightsPath, DeviceChoice device)
{
    requireRegularFile(modelPath, TL_MESSAGE("file-role", "model"));
    Classifier classifier;
    classifier.m_impl = sniffFileKind(modelPath) == FileKind::TorchScriptZip
                            ? openTorchScriptExport(modelPath)
                            : openModelFile(modelPath, weightsPath, device);
    return classifier;
}

Classifier Classifier::fromTraining(const ModelFile& model, std::shared_ptr<Backbone> backbone)
{
    Classifier classifier;
    classifier.m_impl = assemble(model, std::move(backbone), model.info.data.name);
    return classifier;
}

const ModelInfo& Classifier::info() const
{
    return m_impl->info;
}

Classifier Classifier::withThreshold(double threshold, const std::string& savedFingerprint) const
{
    auto impl = std::make_shared<Impl>(*m_impl); // shares the backbone and the head, which it never changes
    impl->info.result.threshold = threshold;
    impl->info.fingerprint = savedFingerprint;
    Classifier changed;
    changed.m_impl = std::move(impl);
    return changed;
}

bool Classifier::isTorchScriptExport() const
{
    return m_impl->pipeline.has_value();
}

const Backbone* Classifier::backbone() const
{
    return m_impl->backbone.get();
}

const std::vector<NamedArray>& Classifier::headParameters() const
{
    return m_impl->headParameters;
}

Prediction Classifier::predict(const std::string& imagePath, bool testTimeAugmentation) const
{
    return predict(decodeImage(imagePath), testTimeAugmentation);
}

Prediction Classifier::predict(const RgbImage& image, bool testTimeAugmentation) const
{
    if (m_impl->pipeline) {
        if (testTimeAugmentation)
            throw Error(
                Message{TL_MESSAGE("tta-needs-model-file",
                                   "test-time augmentation needs the TransferLab model file, not a TorchScript export"),
                        {}});
        return predictionFrom(runPipeline(*m_impl->pipeline, image), m_impl->info);
    }
    const torch::Tensor input =
        preprocess(rgbTensor(image), m_impl->info.config.imageSize, m_impl->backbone->preprocessing());
    std::vector<torch::Tensor> views = {input};
    for (int view = 1; testTimeAugmentation && view < kDihedralViews; ++view)
        views.push_back(dihedralView(input, view));
    // 1 x views x C x h x w, as the feature store holds them. fp32 whatever the model's features
    // were computed in: one image costs well under a second, and then the app, Grad-CAM, the fp32
    // exports and a batch (classify()) give the same answer on every CPU.
    const torch::Tensor features = m_impl->fp32->extract(torch::stack(views)).unsqueeze(0);
    return predictionFrom(probabilitiesOneByOne(m_impl->head, features, {0})[0], m_impl->info);
}

bool Classifier::canExplain() const
{
    return m_impl->backbone && m_impl->backbone->network();
}

Explanation Classifier::explain(const RgbImage& image, std::optional<int> classIndex) const
{
    if (!canExplain())
        throw Error(Message{
            TL_MESSAGE(
                "gradcam-needs-model-file",
                "Grad-CAM needs the model's TransferLab file and Keras backbone weights (not a TorchScript file)"),
            {}});
    const torch::Tensor input =
        preprocess(rgbTensor(image), m_impl->info.config.imageSize, m_impl->backbone->preprocessing()).unsqueeze(0);
    Head head = m_impl->head;
    // Grad-CAM runs the fp32 network, as predict() does: one pass gives both the prediction (with
    // the model's threshold) and the map.
    Explanation explanation;
    const GradCamResult cam = gradCam(*m_impl->backbone->network(), head, input, [&](const torch::Tensor& logits) {
        explanation.prediction = predictionFrom(torch::softmax(logits, 1)[0], m_impl->info);
        return classIndex.value_or(explanation.prediction.predictedClass);
    });
    explanation.explainedClass = cam.explainedClass;
    const torch::Tensor map = cam.map.contiguous();
    explanation.heatmap.height = static_cast<int>(map.size(0));
    explanation.heatmap.width = static_cast<int>(map.size(1));
    explanation.heatmap.values.assign(map.data_ptr<float>(), map.data_ptr<float>() + map.numel());
    return explanation;
}

JobResult<BatchClassification>
Classifier::classify(const ImageFolder& folder, const ReferRule& rule, const Job& job,
                     const std::function<void(const std::vector<ClassifiedImage>&)>& onChunk) const
{
    const std::vector<std::string>& imagePaths = folder.images;
    PhaseProgress progress(job, Phase::Classifying);
    const ModelInfo& info = m_impl->info;
    std::optional<FeatureStore> store; // fp32, as predict() answers
    if (!m_impl->pipeline)
        store.emplace(cacheDirOrDefault(info.config.cacheDir), m_impl->fp32, info.config.imageSize);
    BatchClassification result;
    result.skipped = folder.skipped;
    for (std::size_t begin = 0; begin < imagePaths.size(); begin += kClassifyChunk) {
        const std::vector<std::string> chunk(
            imagePaths.begin() + static_cast<std::ptrdiff_t>(begin),
            imagePaths.begin() + static_cast<std::ptrdiff_t>(std::min(imagePaths.size(), begin + kClassifyChunk)));
        std::vector<ClassifiedImage> classified;
        auto add = [&](const std::string& path, Prediction prediction) {
            const bool refer = refers(prediction.probabilities, info, rule);
            classified.push_back({path, std::move(prediction), refer});
        };
        if (m_impl->pipeline) {
            for (std::size_t i = 0; i < chunk.size(); ++i) {
                try {
                    add(chunk[i], predict(chunk[i]));
                } catch (const Error& e) {
                    result.skipped.push_back({chunk[i], messageOf(e)});
                }
                if (!progress.report(begin + i + 1, imagePaths.size()))
                    return std::nullopt;
            }
        } else {
            const PreparedFeatures prepared = extractImages(*store, chunk, 1, progress, begin, imagePaths.size());
            if (prepared.extracted.cancelled)
                return std::nullopt;
            result.skipped.insert(result.skipped.end(), prepared.skipped.begin(), prepared.skipped.end());
            std::vector<std::int64_t> rows;
            for (std::size_t i = 0; i < chunk.size(); ++i)
                if (!prepared.extracted.failures[i])
                    rows.push_back(static_cast<std::int64_t>(i));
            const std::vector<torch::Tensor> probabilities =
                probabilitiesOneByOne(m_impl->head, prepared.extracted.features, rows);
            for (std::size_t k = 0; k < rows.size(); ++k)
                add(chunk[static_cast<std::size_t>(rows[k])], predictionFrom(probabilities[k], info));
        }
        if (onChunk)
            onChunk(classified);
        result.images.insert(result.images.end(), classified.begin(), classified.end());
    }
    return result;
}

JobResult<DatasetEvaluation> Classifier::evaluate(const Dataset& dataset, std::optional<double> threshold,
                                                  bool testTimeAugmentation, const Job& job) const
{
    PhaseProgress progress(job, Phase::Evaluating);
    const ModelInfo& info = m_impl->info;
    std::vector<int> classMap; // dataset label -> model class
    for (const std::string& name : dataset.classes) {
        const auto found = std::find(info.classes.begin(), info.classes.end(), name);
        if (found == info.classes.end())
            throw Error(Message{TL_MESSAGE("dataset-class-unknown-to-model",
                                           "the dataset has a class '%1' that the model does not know"),
                                {name}});
        classMap.push_back(static_cast<int>(found - info.classes.begin()));
    }
    std::vector<std::string> paths;
    for (const ImageEntry& image : dataset.images)
        paths.push_back(image.path);

    // Per image: its probabilities, or why it has none.
    std::vector<std::vector<double>> probabilities(paths.size());
    std::vector<std::optional<Message>> failures(paths.size());
    if (m_impl->pipeline) {
        for (std::size_t i = 0; i < paths.size(); ++i) {
            try {
                probabilities[i] = predict(paths[i], testTimeAugmentation).probabilities;
            } catch (const Error& e) {
                failures[i] = messageOf(e);
            }
            if (!progress.report(i + 1, paths.size()))
                return std::nullopt;
        }
    } else {
        const FeatureStore store(cacheDirOrDefault(info.config.cacheDir), m_impl->backbone, info.config.imageSize);
        const ExtractedFeatures extracted =
            extractImages(store, paths, testTimeAugmentation ? kDihedralViews : 1, progress).extracted;
        if (extracted.cancelled)
            return std::nullopt;
        failures = extracted.failures;
        std::vector<std::int64_t> rows;
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (!failures[i])
                rows.push_back(static_cast<std::int64_t>(i));
        Head head = m_impl->head;
        const torch::Tensor computed = averageProbabilityOverViews(head, extracted.features, rows).to(torch::kFloat64);
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const torch::Tensor row = computed[static_cast<std::int64_t>(k)].contiguous();
            probabilities[static_cast<std::size_t>(rows[k])].assign(row.data_ptr<double>(),
                                                                    row.data_ptr<double>() + row.numel());
        }
    }

    DatasetEvaluation result;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (failures[i]) {
            result.skipped.push_back({paths[i], *failures[i]});
            continue;
        }
        result.samples.paths.push_back(paths[i]);
        result.samples.labels.push_back(classMap[static_cast<std::size_t>(dataset.images[i].label)]);
        result.samples.probabilities.push_back(std::move(probabilities[i]));
    }
    if (result.samples.paths.empty())
        throw Error(Message{TL_MESSAGE("no-image-evaluated", "no image of '%1' could be evaluated"), {dataset.root}});
    result.evaluation = evaluatePredictions(result.samples.labels, result.samples.probabilities, info.classes,
                                            info.positiveClass, threshold.value_or(info.result.threshold));
    return result;
}

} // namespace tl
