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
// These are measurements only: BackboneSetup.h loads the candidates and decides.
#include "Backbone.h"
#include "CalibrationDraw.h"
#include "Job.h"
#include "PrecisionChoice.h"
#include "TrainConfig.h"

#include <memory>
#include <optional>
#include <vector>

namespace tl {

constexpr double kInt8Tolerance = 0.05;
constexpr double kDecisionAgreement = 0.9;
constexpr std::size_t kGuardHeldOutImages = 32; // drawn after the calibration's images

// Each path's images/s on this CPU, fastest first (Phase::MeasuringPrecisions): fp32, bf16 where
// the CPU has it natively, int8 where the backbone and libtorch have it.
std::vector<PrecisionCandidate> measurePrecisionSpeeds(BackboneId backbone, int imageSize, const Job& job);

// Judges faster paths against fp32 on the user's images: the drawn ones train the two linear
// heads, the held-out ones (the drawn ones when there are none) are compared.
class PrecisionGuard {
public:
    PrecisionGuard(std::shared_ptr<const Backbone> fp32, DrawnImages drawn, DrawnImages heldOut, int classes);
    // fp32's features of the drawn images, where an int8 calibration has just computed them.
    void useFp32DrawnFeatures(const torch::Tensor& features);
    // Fills the candidate's feature error, agreement and verdict for `fast`, its path's backbone.
    void judge(PrecisionCandidate& candidate, const Backbone& fast);

private:
    std::shared_ptr<const Backbone> m_fp32;
    DrawnImages m_drawn, m_heldOut;
    int m_classes;
    torch::Tensor m_fp32Drawn, m_fp32HeldOut, m_fp32Decisions;
};

// The choice for this CPU, these weights and this image size: kept in the cache folder, and read.
void rememberAutomaticPrecision(const TrainConfig& config, const PrecisionChoice& choice);
std::optional<Precision> rememberedAutomaticPrecision(const TrainConfig& config);

} // namespace tl
