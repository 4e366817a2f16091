#pragma once
// Automatic precision on the CPU: the fastest path whose features, and the decisions a head makes
// on them, stay close to fp32's. Chosen once per (CPU, backbone, image size) and remembered in the
// cache folder (precision-choices.json), so that every later run on this machine (trainings,
// cache fills, a cache's status) resolves Automatic the same way without measuring again.
//
// Speed: each path on synthetic batches at the image size (BackboneBenchmark). Guard, on the
// user's own images (the int8 calibration draw, and up to 32 more held out):
//  - the held-out images' features within the path's tolerance of fp32's, as relative L2 error:
//    bf16 1% (8 significant bits lose about 0.2% a layer), int8 5% (256 levels a layer: about
//    3% measured through VGG16's 13 layers);
//  - a linear head trained on the path's features of the drawn images decides as one trained on
//    fp32's on at least 90% of the held-out images.
#include "Backbone.h"
#include "Dataset.h"
#include "Job.h"
#include "PrecisionChoice.h"
#include "TrainConfig.h"

#include <memory>
#include <optional>

namespace tl {

constexpr double kInt8Tolerance = 0.05;
constexpr double kDecisionAgreement = 0.9;

struct ChosenBackbone {
    std::shared_ptr<Backbone> backbone; // in the chosen precision (int8: calibrated)
    PrecisionChoice choice;
};

// For config.precision Auto on the CPU (the caller checks): measures, guards and remembers.
// Reports Phase::MeasuringPrecisions and Phase::CheckingPrecision to the job.
ChosenBackbone chooseBackbone(const Dataset& dataset, const TrainConfig& config, const Job& job);

// The choice remembered for this CPU, these weights and this image size, if one was made.
std::optional<Precision> rememberedAutomaticPrecision(const TrainConfig& config);

} // namespace tl
