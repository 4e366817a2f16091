#pragma once
// A trained model ready to use: the model file's head on its frozen backbone, or a TorchScript
// export of TransferLab (which carries its backbone and head inside, and runs as it is).
// No torch types here: the UI and the CLI include this header.
#include "Dataset.h"
#include "FloatArray.h"
#include "HeatmapOverlay.h"
#include "ImageDecoder.h"
#include "Metrics.h"
#include "Job.h"
#include "ModelFile.h"
#include "ModelInfo.h"
#include "ReferRule.h"
#include "TrainConfig.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tl {

class Backbone;

struct Prediction {
    int predictedClass = 0;
    std::vector<double> probabilities; // one per class
};

// Why the model answered as it did: its prediction and the Grad-CAM map of one class.
struct Explanation {
    Prediction prediction;
    int explainedClass = 0;
    Heatmap heatmap; // over the whole image (the last convolution's grid: VGG16 image size / 16, MobileNetV2 / 32)
};

// One image of a batch: what predict() answers for it, and whether the refer rule flags it.
struct ClassifiedImage {
    std::string path;
    Prediction prediction;
    bool refer = false;
};

struct BatchClassification {
    std::vector<ClassifiedImage> images; // in the order given, the unreadable ones left out
    std::vector<SkippedFile> skipped;
};

struct DatasetEvaluation {
    Evaluation evaluation;
    ScoredSamples samples; // the evaluated images, in the evaluation's order
    std::vector<SkippedFile> skipped;
};

class Classifier {
public:
    // weightsPath empty: the path recorded in the model, then the default weights location (both
    // unused for a TorchScript export). Throws tl::Error when the model is invalid or the weights
    // are not the ones it was trained on.
    static Classifier open(const std::string& modelPath, const std::string& weightsPath = {},
                           DeviceChoice device = DeviceChoice::Auto);
    // The model a training just saved, on the backbone it trained with (already loaded and, for
    // int8, calibrated): what open() would give, with nothing read back or hashed again.
    static Classifier fromTraining(const ModelFile& model, std::shared_ptr<Backbone> backbone);

    const ModelInfo& info() const;
    // The same model deciding at another threshold (two classes), without loading anything again:
    // what the app shows once setModelThreshold() has saved it, with the fingerprint that returned
    // (empty: not saved, so no file's fingerprint names it).
    Classifier withThreshold(double threshold, const std::string& savedFingerprint = {}) const;
    // True when opened from a TorchScript export: a file of code, not only numbers.
    bool isTorchScriptExport() const;
    // For the exporters: the frozen backbone (null for a TorchScript export) and the head's weights.
    const Backbone* backbone() const;
    const std::vector<NamedArray>& headParameters() const;

    // One image, through the fp32 backbone whatever precision the model's features were computed
    // in (the rule that makes the app, explain() and the fp32 exports answer alike on every CPU;
    // only evaluate(), the bulk path, uses the model's fast precision and its cached features).
    // testTimeAugmentation: the probabilities averaged over the image's 8 flips and rotations
    // (model files only; a TorchScript export runs as it is).
    Prediction predict(const std::string& imagePath, bool testTimeAugmentation = false) const;
    Prediction predict(const RgbImage& image, bool testTimeAugmentation = false) const;
    // Many images at once (a folder of new cases: listImageFolder), in fp32 as predict(): each
    // image gets the numbers predict() gives it, at the backbone's bulk rate (batches, decoding on
    // its own thread, fp32 features from the cache where a run left them). In chunks of
    // kClassifyChunk images, so that memory stays bounded whatever the count; onChunk hears each
    // chunk's results as they come. The folder's passed-over files head the batch's skipped ones.
    // Reports Phase::Classifying; empty when cancelled.
    static constexpr std::size_t kClassifyChunk = 256;
    JobResult<BatchClassification>
    classify(const ImageFolder& folder, const ReferRule& rule = {}, const Job& job = {},
             const std::function<void(const std::vector<ClassifiedImage>&)>& onChunk = {}) const;

    // True when explain() works: the model file with a Keras backbone.
    bool canExplain() const;
    // Grad-CAM for classIndex (default: the predicted class). Needs the backbone's Keras weights:
    // throws tl::Error for a TorchScript export or a TorchScript backbone.
    Explanation explain(const RgbImage& image, std::optional<int> classIndex = {}) const;

    // Every image of the dataset (all splits), reporting Phase::Evaluating to the job (empty when
    // it was cancelled). threshold: for two classes; default: the model's. With
    // testTimeAugmentation, the 8 views' features come from the cache when a dihedral training
    // left them there.
    JobResult<DatasetEvaluation> evaluate(const Dataset& dataset, std::optional<double> threshold = {},
                                          bool testTimeAugmentation = false, const Job& job = {}) const;

    struct Impl; // opaque: defined in Classifier.cpp

private:
    std::shared_ptr<const Impl> m_impl;
};

} // namespace tl
