#pragma once
// The trainable classification head on top of the frozen features:
// Flatten or global average pooling, an optional Dense+ReLU+Dropout, then Dense(classes).
// It outputs logits; softmax turns them into probabilities.
#include "FloatArray.h"
#include "TrainConfig.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace tl {

struct HeadSpec {
    HeadType type = HeadType::Flatten;
    std::int64_t channels = 512, height = 7, width = 7; // the backbone's feature map
    int hiddenUnits = 0;
    double dropout = 0.5;
    int classes = 2;
    std::int64_t inputSize() const { return type == HeadType::Flatten ? channels * height * width : channels; }
};

class Head;

class HeadImpl : public torch::nn::Module {
public:
    explicit HeadImpl(const HeadSpec& spec);
    torch::Tensor forward(torch::Tensor features); // N x C x h x w -> N x classes logits
    const HeadSpec& spec() const { return m_spec; }
    // Temperature scaling folded into the output layer: (W x + b) / T = (W / T) x + b / T.
    void divideLogitsBy(double temperature);

    // Normalises the input while the head trains, so that its steps do not depend on the scale
    // of the backbone's features: x' = (x - mean) / scale on the feature map, before pooling.
    // mean is C x h x w for Flatten and C x 1 x 1 for average pooling (where subtracting a
    // per-channel constant commutes with the pooling).
    void normaliseInputs(const torch::Tensor& mean, double scale);
    // Moves the normalisation into the first Dense layer, exactly: W' = W / scale,
    // b' = b - W' mean (in float64). The head then computes the same function with plain layers,
    // which is what the model file, predict and every export hold.
    void foldInputNormalisation();

    std::vector<NamedArray> exportParameters() const;
    // Checks that every parameter is present with the right shape before copying any.
    void importParameters(const std::vector<NamedArray>& arrays, const std::string& sourceForMessages);

private:
    friend Head copyHead(const Head& head);
    HeadSpec m_spec;
    torch::nn::Linear m_hidden{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::Linear m_output{nullptr};
    torch::Tensor m_inputMean; // undefined: no normalisation
    double m_inputScale = 1.0;
};
TORCH_MODULE(Head);

// The head a run's configuration asks for (type, hidden layer, dropout), on a feature map of
// featureShape = {channels, height, width}, for the given number of classes. The one place that
// turns a configuration into a head shape: training, cross-validation and a saved model all use it.
HeadSpec headSpecFor(const TrainConfig& config, const std::vector<std::int64_t>& featureShape, int classes);

// The head's parameters (name and shape, in its order), worked out without building it: a damaged
// model file may describe a head of gigabytes, which must be refused before any is allocated.
std::vector<ArrayShape> headParameterShapes(const HeadSpec& spec);

// A fresh head with the same weights and input normalisation (used to keep the best epoch's).
Head copyHead(const Head& head);

} // namespace tl
