#pragma once
// A trained model ready to use: the model file's head on its frozen backbone.
// No torch types here: the UI and the CLI include this header.
#include "Dataset.h"
#include "ImageDecoder.h"
#include "Metrics.h"
#include "ModelInfo.h"
#include "TrainConfig.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tl {

struct Prediction {
    int predictedClass = 0;
    std::vector<double> probabilities; // one per class
};

struct DatasetEvaluation {
    Evaluation evaluation;
    std::vector<std::string> paths; // the evaluated images, in the evaluation's order
    std::vector<int> labels;
    std::vector<std::vector<double>> probabilities;
    std::vector<SkippedFile> skipped;
};

class Classifier {
public:
    // weightsPath empty: the path recorded in the model, then the default weights location.
    // Throws tl::Error when the model is invalid or the weights are not the ones it was trained on.
    static Classifier open(const std::string& modelPath, const std::string& weightsPath = {},
                           DeviceChoice device = DeviceChoice::Auto);

    const ModelInfo& info() const;

    Prediction predict(const std::string& imagePath) const;
    Prediction predict(const RgbImage& image) const;

    // Every image of the dataset (all splits). threshold: for two classes; default: the model's.
    // onProgress(done, total) returns false to cancel (then an Error is thrown).
    DatasetEvaluation evaluate(const Dataset& dataset, std::optional<double> threshold = {},
                               const std::function<bool(std::size_t, std::size_t)>& onProgress = {}) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

} // namespace tl
