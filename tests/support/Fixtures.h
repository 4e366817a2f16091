#pragma once
// Test fixtures generated on the fly: Keras-layout VGG16 and MobileNetV2 weight files filled with
// seeded random numbers, and small synthetic folder-per-class image datasets with a learnable signal.
#include "KerasWeights.h"
#include "SeededWeights.h"
#include "TrainConfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tl::fixtures {

// A complete VGG16 notop file (input layer, 13 conv layers, 5 pooling layers), He-initialised
// kernels (the demo weights' layers, without their mark).
void writeSeededVgg16Weights(const std::string& path, std::uint64_t seed, KerasNaming naming = KerasNaming::Modern,
                             SeededBiases biases = SeededBiases::SmallUniform);
// A complete MobileNetV2 no-top file (155 layers as Keras lists them), with batch normalisation
// statistics far from the identity, so a loader that ignored any of them computes other features.
void writeSeededMobileNetV2Weights(const std::string& path, std::uint64_t seed);

struct SyntheticDatasetSpec {
    std::vector<std::string> classes = {"benign", "malignant"};
    int imagesPerClass = 12;
    int size = 48;
    std::uint64_t seed = 7;
    std::string extension = ".png";
};

// Writes DIR/<class>/<n><extension>. Class k draws a blob whose hue depends on k on a noisy
// background, at a random place: a random-weight VGG16 separates the classes easily.
// Returns the written paths, class by class.
std::vector<std::string> writeSyntheticDataset(const std::string& dir, const SyntheticDatasetSpec& spec);

// What the training tests start from, each setting the rest: the weights workspace/vgg16.h5 (see
// writeSeededVgg16Weights), the cache workspace/cache, 32 px images (fast) and fp32 (the same
// numbers on every CPU, where Automatic would choose per CPU).
TrainConfig smallTrainConfig(const std::string& workspace);

// A fresh empty folder under the system temp dir, removed by the caller (or left for inspection).
std::string makeTempDir(const std::string& prefix);

} // namespace tl::fixtures
