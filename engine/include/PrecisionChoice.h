#pragma once
// What Automatic precision measured and chose on the CPU (AutoPrecision.h in training/): each
// path's speed on this machine, and how each faster path fared against fp32 on the user's images.
// No torch types: the UI and the CLI include it.
#include "ComputeOptions.h"

#include <optional>
#include <vector>

namespace tl {

struct PrecisionCandidate {
    Precision precision = Precision::Fp32;
    double imagesPerSecond = 0;         // on synthetic batches at the training's image size
    std::optional<double> featureError; // relative L2 error against fp32 on held-out images
    std::optional<double> agreement;    // share of held-out images with the same decision as fp32's head
    bool passed = false;                // within both guards (fp32 always passes)
};

struct PrecisionChoice {
    std::vector<PrecisionCandidate> candidates; // fastest first; none when nothing was measured
    Precision chosen = Precision::Fp32;
    // The run was too short for the measurement to pay off (BackboneSetup.h): fp32, unmeasured.
    bool tooFewImages = false;
};

} // namespace tl
