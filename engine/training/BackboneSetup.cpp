#include "BackboneSetup.h"

#include "AtomicFile.h"
#include "AutoPrecision.h"
#include "Error.h"
#include "FeatureStore.h"
#include "Hashing.h"
#include "ImageDecoder.h"
#include "Paths.h"

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

// The drawn images that decode (training skips the others too), preprocessed as training does.
torch::Tensor calibrationImages(const std::vector<std::string>& paths, const TrainConfig& config, PreprocessMode mode)
{
    std::vector<torch::Tensor> images;
    for (const std::string& path : paths) {
        try {
            images.push_back(preprocess(rgbTensor(decodeImage(path)), config.imageSize, mode));
        } catch (const Error&) {
        }
    }
    if (images.empty())
        throw Error(Message{
            TL_MESSAGE("int8-no-calibration-images", "int8 needs at least one readable training image to calibrate on"),
            {}});
    return torch::stack(images);
}

} // namespace

CalibrationDraw drawInt8Calibration(const Dataset& dataset, std::uint64_t seed, std::size_t count)
{
    std::vector<std::pair<std::string, std::string>> ranked; // (rank, path)
    for (const ImageEntry& image : dataset.images) {
        if (image.split == Split::Test)
            continue;
        const std::string named = std::to_string(seed) + " " + pathInside(image.path, dataset.root);
        // The rank: a hash, so that the draw is uniform over the folder and stable as it grows.
        ranked.emplace_back(sha256Hex(named.data(), named.size()), image.path);
    }
    std::sort(ranked.begin(), ranked.end());
    CalibrationDraw draw;
    draw.calibration.seed = seed;
    for (const auto& [rank, path] : ranked) {
        if (draw.paths.size() == count)
            break;
        try {
            draw.calibration.imageHashes.push_back(sha256OfFile(path));
            draw.paths.push_back(path);
        } catch (const Error&) {
        }
    }
    return draw;
}

// Automatic's own choice: with Keras weights on the CPU, where int8 is one of the paths.
bool automaticChoosesItself(const TrainConfig& config)
{
    return config.precision == Precision::Auto && Backbone::resolveDevice(config.device).is_cpu() &&
           Backbone::preprocessingOf(config.weightsPath) == PreprocessMode::Caffe;
}

Precision expectedPrecision(const TrainConfig& config)
{
    if (automaticChoosesItself(config))
        if (const std::optional<Precision> remembered = rememberedAutomaticPrecision(config))
            return *remembered;
    return Backbone::intendedPrecision(config.precision, Backbone::resolveDevice(config.device, config.precision));
}

PreparedBackbone loadBackboneFor(const Dataset& dataset, const TrainConfig& config)
{
    if (automaticChoosesItself(config)) {
        if (const std::optional<Precision> remembered = rememberedAutomaticPrecision(config)) {
            TrainConfig pinned = config;
            pinned.precision = *remembered;
            PrecisionChoice choice;
            choice.chosen = *remembered; // no candidates: measured by an earlier run
            return {loadBackboneFor(dataset, pinned).backbone, choice};
        }
        ChosenBackbone chosen = chooseBackbone(dataset, config);
        return {chosen.backbone, chosen.choice};
    }
    const std::shared_ptr<Backbone> backbone = Backbone::load(config.weightsPath, config.precision, config.device);
    if (backbone->precision() != Precision::Int8)
        return {backbone, std::nullopt};
    const CalibrationDraw draw = drawInt8Calibration(dataset, config.seed);
    const std::string file = calibrationFile(*backbone, config, draw.calibration);
    if (const std::optional<Int8Calibration> stored = storedCalibration(file, draw.calibration)) {
        backbone->useInt8Calibration(*stored);
        return {backbone, std::nullopt};
    }
    backbone->calibrateInt8(calibrationImages(draw.paths, config, backbone->preprocessing()), draw.calibration);
    if (!file.empty()) {
        try {
            std::error_code ignored;
            std::filesystem::create_directories(std::filesystem::path(file).parent_path(), ignored);
            writeFileAtomically(file, toJson(*backbone->int8Calibration()));
        } catch (const Error&) {
            // A cache that cannot be written costs the next run this measurement, nothing else.
        }
    }
    return {backbone, std::nullopt};
}

} // namespace tl
