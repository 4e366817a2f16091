#include "BackboneSetup.h"

#include "AtomicFile.h"
#include "AutoPrecision.h"
#include "Error.h"
#include "FeatureStore.h"
#include "Paths.h"
#include "PhaseProgress.h"
#include "Preprocessing.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tl {
namespace {

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

int augmentationViews(const TrainConfig& config)
{
    return config.augmentation == Augmentation::Dihedral ? kDihedralViews : 1;
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

ChosenBackbone chooseBackbone(const Dataset& dataset, const TrainConfig& config, const Job& job)
{
    ChosenBackbone chosen;
    chosen.choice.candidates = measurePrecisionSpeeds(config.backbone, config.imageSize, job);
    const std::shared_ptr<Backbone> fp32 =
        loadWeights(config.backbone, config.weightsPath, Precision::Fp32, config.device, job);

    // The guard's images: the calibration draw and the next ones, held out from it.
    const CalibrationDraw draw =
        drawInt8Calibration(dataset, config.seed, kInt8CalibrationImages + kGuardHeldOutImages);
    const PreprocessMode mode = fp32->preprocessing();
    const DrawnImages drawn = decodeDrawn(draw, 0, kInt8CalibrationImages, config.imageSize, mode);
    PrecisionGuard guard(fp32, drawn,
                         decodeDrawn(draw, kInt8CalibrationImages, draw.paths.size(), config.imageSize, mode),
                         static_cast<int>(dataset.classes.size()));
    PhaseProgress checking(job, Phase::CheckingPrecision);
    std::size_t checked = 0;
    for (PrecisionCandidate& candidate : chosen.choice.candidates) {
        checking.report(checked++, chosen.choice.candidates.size());
        if (candidate.precision == Precision::Fp32) {
            candidate.passed = true;
            chosen.backbone = fp32;
            break; // the slower paths cannot win
        }
        if (!drawn.images.defined())
            continue; // nothing to guard with: not chosen
        std::shared_ptr<Backbone> fast;
        if (candidate.precision == Precision::Int8) {
            Int8Backbone int8 = loadInt8Backbone(dataset, config, job, &drawn);
            fast = int8.backbone;
            if (int8.fp32Features.defined())
                guard.useFp32DrawnFeatures(int8.fp32Features); // its calibration ran fp32 on the drawn images
        } else {
            TrainConfig pinned = config;
            pinned.precision = candidate.precision;
            fast = loadConfiguredBackbone(dataset, pinned, job);
        }
        checking.report(checked - 1, chosen.choice.candidates.size()); // its weights are in: the guard's own work
        guard.judge(candidate, *fast);
        if (candidate.passed) {
            chosen.backbone = fast;
            break;
        }
    }
    chosen.choice.chosen = chosen.backbone->precision();
    rememberAutomaticPrecision(config, chosen.choice);
    return chosen;
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
