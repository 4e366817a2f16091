// tl-fuzz-seeds DIR: the fuzzers' starting points, small valid inputs of every kind each loader
// reads, so that mutations start deep inside the formats instead of at their first byte.
//   DIR/images   JPEG (baseline, progressive, grayscale), PNG (RGB, RGBA, grayscale, 16-bit), BMP
//   DIR/weights  Keras weight files: both namings, a full-model file, a wrong shape
//   DIR/models   model files: a pooled head, a flattened head with a hidden layer, evaluations
#include "Fixtures.h"
#include "Hdf5File.h"
#include "Head.h"
#include "ModelHead.h"
#include "KerasWeights.h"
#include "Metrics.h"
#include "ModelFile.h"

#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

namespace fs = std::filesystem;

void writeBytes(const fs::path& path, const std::vector<std::uint8_t>& bytes)
{
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void writeImageSeeds(const fs::path& dir)
{
    cv::Mat color(12, 16, CV_8UC3), rgba(12, 16, CV_8UC4), gray(12, 16, CV_8UC1), deep(12, 16, CV_16UC3);
    cv::randu(color, 0, 255);
    cv::randu(rgba, 0, 255);
    cv::randu(gray, 0, 255);
    cv::randu(deep, 0, 65535);
    const struct {
        const char* name;
        const cv::Mat& image;
        std::vector<int> params;
    } seeds[] = {{"color.jpg", color, {}}, {"progressive.jpg", color, {cv::IMWRITE_JPEG_PROGRESSIVE, 1}},
                 {"gray.jpg", gray, {}},   {"color.png", color, {}},
                 {"rgba.png", rgba, {}},   {"gray.png", gray, {}},
                 {"deep.png", deep, {}},   {"color.bmp", color, {}}};
    for (const auto& seed : seeds) {
        std::vector<std::uint8_t> bytes;
        cv::imencode(fs::path(seed.name).extension().string(), seed.image, bytes, seed.params);
        writeBytes(dir / seed.name, bytes);
    }
}

// block1_conv1 has the real shape (3x3x3x64, 7 kB); the next layer is what the fuzzer must invent.
void writeWeightsSeeds(const fs::path& dir)
{
    const std::vector<tl::KerasLayerWeights> firstLayer = {
        {"input_1", {}},
        {"block1_conv1",
         {{{3, 3, 3, 64}, std::vector<float>(3 * 3 * 3 * 64, 0.01f)}, {{64}, std::vector<float>(64, 0.1f)}}}};
    tl::writeKerasWeights((dir / "modern.h5").string(), firstLayer, tl::KerasNaming::Modern);
    tl::writeKerasWeights((dir / "legacy.h5").string(), firstLayer, tl::KerasNaming::Legacy);
    std::vector<tl::KerasLayerWeights> wrongShape = firstLayer;
    wrongShape[1].arrays[1] = {{2, 32}, std::vector<float>(64, 0.1f)};
    tl::writeKerasWeights((dir / "wrong-shape.h5").string(), wrongShape, tl::KerasNaming::Modern);

    // A full-model file keeps the weights under /model_weights.
    tl::Hdf5File file((dir / "full-model.h5").string(), tl::Hdf5File::Mode::Create);
    file.createGroup("/model_weights");
    file.writeStringArrayAttribute("/model_weights", "layer_names", {"block1_conv1"});
    file.createGroup("/model_weights/block1_conv1");
    file.writeStringArrayAttribute("/model_weights/block1_conv1", "weight_names", {"kernel:0", "bias:0"});
    file.writeFloats("/model_weights/block1_conv1/kernel:0", {3, 3, 3, 64}, firstLayer[1].arrays[0].values.data());
    file.writeFloats("/model_weights/block1_conv1/bias:0", {64}, firstLayer[1].arrays[1].values.data());
    file.save();
}

tl::ModelFile modelWith(const std::vector<std::string>& classes, tl::HeadType type,
                        std::vector<std::int64_t> featureShape, int hiddenUnits)
{
    tl::ModelFile model;
    model.info.classes = classes;
    model.info.config.head = type;
    model.info.config.hiddenUnits = hiddenUnits;
    model.info.featureShape = std::move(featureShape);
    model.info.backboneFingerprint = "seed";
    model.info.result.history = {{0, 0.7, 0.5, 0.6, 0.55, 1e-3}};
    model.info.result.bestEpoch = 0;
    tl::Head head(tl::headSpecFor(model.info));
    model.headParameters = head->exportParameters();
    return model;
}

void writeModelSeeds(const fs::path& dir)
{
    tl::saveModelFile((dir / "pooled.tlmodel").string(),
                      modelWith({"benign", "malignant"}, tl::HeadType::GlobalAveragePool, {4, 1, 1}, 0));

    tl::ModelFile evaluated = modelWith({"a", "b", "c"}, tl::HeadType::Flatten, {2, 2, 1}, 3);
    evaluated.info.result.validation = tl::evaluatePredictions(
        {0, 1, 2, 2}, {{0.8, 0.1, 0.1}, {0.2, 0.7, 0.1}, {0.1, 0.1, 0.8}, {0.5, 0.3, 0.2}}, evaluated.info.classes, 1);
    tl::saveModelFile((dir / "evaluated.tlmodel").string(), evaluated);

    tl::ModelFile binary = modelWith({"benign", "malignant"}, tl::HeadType::GlobalAveragePool, {4, 1, 1}, 0);
    binary.info.result.threshold = 0.3;
    binary.info.result.temperature = 1.5;
    binary.info.result.test = tl::evaluatePredictions({0, 1, 1, 0}, {{0.9, 0.1}, {0.4, 0.6}, {0.8, 0.2}, {0.3, 0.7}},
                                                      binary.info.classes, 1, 0.3);
    tl::saveModelFile((dir / "binary-evaluated.tlmodel").string(), binary);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: tl-fuzz-seeds DIR\n";
        return 2;
    }
    const fs::path dir = argv[1];
    for (const char* kind : {"images", "weights", "models"})
        fs::create_directories(dir / kind);
    writeImageSeeds(dir / "images");
    writeWeightsSeeds(dir / "weights");
    // The heads' initial weights are the seeds' numbers: seeded, so that every CI run fuzzes from
    // the same bytes (and, with libFuzzer's fixed seed, tries the same inputs).
    torch::manual_seed(1);
    writeModelSeeds(dir / "models");
    return 0;
}
