#pragma once
// The backbone that a run on a dataset uses: loaded in the configured precision and, for int8,
// calibrated on a seeded sample of the dataset's own training images. The measurement is kept in
// the feature cache's folder, so that a second run or every task of a Slurm array quantizes as
// the first one did without measuring again.
#include "Backbone.h"
#include "CalibrationDraw.h"
#include "Dataset.h"
#include "Job.h"
#include "PrecisionChoice.h"
#include "TrainConfig.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tl {

// The int8 backbone, calibrated on the draw of drawInt8Calibration(dataset, config.seed): with the
// calibration kept in the cache when a run has measured it, else measured now (on `drawn`, the
// draw already decoded, when given) and kept. fp32Features: the drawn images' fp32 features
// when they were computed to measure, else undefined.
struct Int8Backbone {
    std::shared_ptr<Backbone> backbone;
    torch::Tensor fp32Features;
};
Int8Backbone loadInt8Backbone(const Dataset& dataset, const TrainConfig& config, const Job& job,
                              const DrawnImages* drawn = nullptr);

// The backbone views per training image that the augmentation asks for: 1, or kDihedralViews.
int augmentationViews(const TrainConfig& config);

// Automatic's measured choice on the CPU: each path's speed, then, from the fastest, each faster
// path loaded (int8 calibrated) and judged by AutoPrecision.h's guard until one passes (fp32
// always does); remembered. loadBackboneFor calls it when no choice is remembered and the
// measurement pays.
struct ChosenBackbone {
    std::shared_ptr<Backbone> backbone; // in the chosen precision (int8: calibrated)
    PrecisionChoice choice;
};
ChosenBackbone chooseBackbone(const Dataset& dataset, const TrainConfig& config, const Job& job);

// The backbone's setup, the one stage a run's settings pass through before any feature: its
// weights loaded (Phase::LoadingWeights), int8 calibrated (Phase::CalibratingInt8), and for
// Automatic on the CPU the precision chosen (AutoPrecision.h: Phase::MeasuringPrecisions and
// Phase::CheckingPrecision) or taken from an earlier choice. Each phase reports to the job; the
// caller checks its token afterwards.
struct PreparedBackbone {
    std::shared_ptr<Backbone> backbone;
    std::optional<PrecisionChoice> choice; // when Automatic chose on the CPU (AutoPrecision.h)
};
// Automatic precision with Keras weights on the CPU is chosen by AutoPrecision.h (and remembered);
// elsewhere it is Backbone::load's (bf16 where the hardware has it, behind its probe).
PreparedBackbone loadBackboneFor(const Dataset& dataset, const TrainConfig& config, const Job& job);

// The backbone in config.precision as Backbone::load resolves it (Automatic: bf16 where native),
// int8 calibrated: never AutoPrecision's measurement.
std::shared_ptr<Backbone> loadConfiguredBackbone(const Dataset& dataset, const TrainConfig& config, const Job& job);
// Backbone::load, reported as Phase::LoadingWeights.
std::shared_ptr<Backbone> loadWeights(BackboneId backbone, const std::string& weightsPath, Precision precision,
                                      DeviceChoice device, const Job& job);

// Automatic measures only where its measurement can pay. Measured on a 2-core AVX-512 EPYC
// (`train --precision auto|fp32|int8 --json` on 512 of the shared images at 224 px, fresh caches):
// the measurement cost 16.8 s (setup 17.0 s against fp32's 0.2 s), and each 224 px image then took
// 0.045 s less in bf16 (what it chose) or 0.067 s less in int8, so it pays from about 376 (bf16)
// or 250 (int8) images. The rule: an extraction of at least 500 224 px images (images x views,
// scaled by area). Below it, a run takes fp32 without measuring and remembers nothing, so that a
// larger run on the machine still measures: the 80-image sample now trains in fp32 at once.
constexpr double kAutomaticMinimumImages = 500;
bool automaticMeasurementPays(const Dataset& dataset, const TrainConfig& config);

// The precision a run with config would use, as far as it is known without loading anything.
Precision expectedPrecision(const TrainConfig& config);

} // namespace tl
