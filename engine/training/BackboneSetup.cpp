#include "BackboneSetup.h"

#include "AtomicFile.h"
#include "AutoPrecision.h"
#include "Error.h"
#include "FeatureStore.h"
#include "Hashing.h"
#include "ImageDecoder.h"
#include "Paths.h"
#include "PhaseProgress.h"
#include "TrainingSteps.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tl {
namespace {

std::string pathInside(const std::string& path, const std::string& root)
{
    return path.compare(0, root.size(), root) == 0 ? path.substr(root.size()) : path;
}

std::string calibrationFile(const Backbone& backbone, const TrainConfig& config, const Int8Calibration& drawn)
{
    const std::string cacheDir = cacheDirOrDefault(config.cacheDir);
    if (cacheDir.empty())
        return "";
    FeatureStoreKey key = FeatureStoreKey::of(backbone, config.imageSize);
    key.int8Calibration = drawn.identity();
    return FeatureStore(cacheDir, key).folder() + "/int8-calibration.json";
}

// The calibration stored for this draw, if a run has measured it (a damaged file is measured again).
std::optional<Int8Calibration> storedCalibration(const std::string& file, const Int8Calibration& drawn)
{
    std::ifstream in(file);
    if (file.empty() || !in)
        return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    try {
        Int8Calibration stored = int8CalibrationFromJson(text.str());
        if (stored.seed == drawn.seed && stored.imageHashes == drawn.imageHashes)
            return stored;
    } catch (const Error&) {
    }
    return std::nullopt;
}

} // namespace

CalibrationDraw drawInt8Calibration(const Dataset& dataset, std::uint64_t seed, std::size_t count)
{
    std::vector<std::pair<std::string, const ImageEntry*>> ranked;
    for (const ImageEntry& image : dataset.images) {
        if (image.split == Split::Test)
            continue;
        const std::string named = std::to_string(seed) + " " + pathInside(image.path, dataset.root);
        // The rank: a hash, so that the draw is uniform over the folder and stable as it grows.
        ranked.emplace_back(sha256Hex(named.data(), named.size()), &image);
    }
    std::sort(ranked.begin(), ranked.end());
    CalibrationDraw draw;
    draw.calibration.seed = seed;
    for (const auto& [rank, image] : ranked) {
        if (draw.paths.size() == count)
            break;
        try {
            draw.calibration.imageHashes.push_back(sha256OfFile(image->path));
            draw.paths.push_back(image->path);
            draw.labels.push_back(image->label);
        } catch (const Error&) {
        }
    }
    return draw;
}

DrawnImages decodeDrawn(const CalibrationDraw& draw, std::size_t begin, std::size_t end, int imageSize,
                        PreprocessMode mode)
{
    DrawnImages drawn;
    std::vector<torch::Tensor> images;
    for (std::size_t i = begin; i < std::min(end, draw.paths.size()); ++i) {
        try {
            images.push_back(preprocess(rgbTensor(decodeImage(draw.paths[i])), imageSize, mode));
            drawn.labels.push_back(draw.labels[i]);
        } catch (const Error&) {
        }
    }
    if (!images.empty())
        drawn.images = torch::stack(images);
    return drawn;
}

// Automatic measures (AutoPrecision.h) only when the extraction it could speed up is long enough to
// pay for the measurement: see kAutomaticMinimumImages.
bool automaticMeasurementPays(const Dataset& dataset, const TrainConfig& config)
{
    const double scale = (config.imageSize / 224.0) * (config.imageSize / 224.0);
    return static_cast<double>(dataset.images.size()) * augmentationViews(config) * scale >= kAutomaticMinimumImages;
}

// Automatic's own choice: with Keras weights on the CPU, where int8 (VGG16) or a measured bf16 is
// one of the paths.
bool automaticChoosesItself(const TrainConfig& config)
{
    return config.precision == Precision::Auto && Backbone::resolveDevice(config.device).is_cpu() &&
           Backbone::preprocessingOf(config.backbone, config.weightsPath) != PreprocessMode::Torchvision;
}

Precision expectedPrecision(const TrainConfig& config)
{
    if (automaticChoosesItself(config))
        if (const std::optional<Precision> remembered = rememberedAutomaticPrecision(config))
            return *remembered;
    return Backbone::intendedPrecision(config.precision, Backbone::resolveDevice(config.device, config.precision));
}

PreparedBackbone loadBackboneFor(const Dataset& dataset, const TrainConfig& config, const Job& job)
{
    if (!automaticChoosesItself(config))
        return {loadConfiguredBackbone(dataset, config, job), std::nullopt};
    PrecisionChoice choice;
    if (const std::optional<Precision> remembered = rememberedAutomaticPrecision(config)) {
        choice.chosen = *remembered; // no candidates: measured by an earlier run
    } else if (automaticMeasurementPays(dataset, config)) {
        ChosenBackbone chosen = chooseBackbone(dataset, config, job);
        return {chosen.backbone, chosen.choice};
    } else {
        choice.tooFewImages = true; // fp32, and nothing remembered: a larger run measures
    }
    TrainConfig pinned = config;
    pinned.precision = choice.chosen;
    return {loadConfiguredBackbone(dataset, pinned, job), choice};
}

std::shared_ptr<Backbone> loadConfiguredBackbone(const Dataset& dataset, const TrainConfig& config, const Job& job)
{
    if (Backbone::intendedPrecision(config.precision, Backbone::resolveDevice(config.device, config.precision)) ==
        Precision::Int8)
        return loadInt8Backbone(dataset, config, job).backbone;
    return loadWeights(config.backbone, config.weightsPath, config.precision, config.device, job);
}

std::shared_ptr<Backbone> loadWeights(BackboneId id, const std::string& weightsPath, Precision precision,
                                      DeviceChoice device, const Job& job)
{
    PhaseProgress progress(job, Phase::LoadingWeights);
    progress.report(0, 1);
    std::shared_ptr<Backbone> backbone = Backbone::load(id, weightsPath, precision, device);
    progress.report(1, 1);
    return backbone;
}

Int8Backbone loadInt8Backbone(const Dataset& dataset, const TrainConfig& config, const Job& job,
                              const DrawnImages* drawn)
{
    Int8Backbone loaded{loadWeights(config.backbone, config.weightsPath, Precision::Int8, config.device, job), {}};
    Backbone& backbone = *loaded.backbone;
    const CalibrationDraw draw = drawInt8Calibration(dataset, config.seed);
    const std::string file = calibrationFile(backbone, config, draw.calibration);
    if (const std::optional<Int8Calibration> stored = storedCalibration(file, draw.calibration)) {
        backbone.useInt8Calibration(*stored);
        return loaded;
    }
    PhaseProgress progress(job, Phase::CalibratingInt8);
    progress.report(0, 1);
    const torch::Tensor images =
        drawn ? drawn->images
              : decodeDrawn(draw, 0, draw.paths.size(), config.imageSize, backbone.preprocessing()).images;
    if (!images.defined())
        throw Error(Message{
            TL_MESSAGE("int8-no-calibration-images", "int8 needs at least one readable training image to calibrate on"),
            {}});
    loaded.fp32Features = backbone.calibrateInt8(images, draw.calibration);
    progress.report(1, 1);
    if (!file.empty()) {
        try {
            std::error_code ignored;
            std::filesystem::create_directories(std::filesystem::path(file).parent_path(), ignored);
            writeFileAtomically(file, toJson(*backbone.int8Calibration()));
        } catch (const Error&) {
            // A cache that cannot be written costs the next run this measurement, nothing else.
        }
    }
    return loaded;
}

} // namespace tl
