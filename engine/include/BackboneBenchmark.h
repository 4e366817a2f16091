#pragma once
// Measures a frozen backbone's throughput (seeded random weights) on synthetic input, per precision, memory layout
// and batch size, so every speed claim comes from a rerunnable measurement with its baseline
// (fp32, NCHW) measured in the same run. Needs nothing but libtorch: it also runs on GPU machines.
#include "Backbones.h"
#include "ComputeOptions.h"

#include <string>
#include <vector>

namespace tl {

struct ThroughputCase {
    Precision precision = Precision::Fp32; // Fp32, Bf16 or Int8 (CPU only, calibrated on its input)
    bool channelsLast = true;              // int8 always is
    int batchSize = 16;
};

struct ThroughputResult {
    ThroughputCase setup;
    int images = 0;
    double seconds = 0;
    double imagesPerSecond() const { return seconds > 0 ? images / seconds : 0; }
};

// device: "cpu" or "cuda". Each case runs one warm-up batch, then batches until minSeconds pass.
std::vector<ThroughputResult> measureBackboneThroughput(BackboneId backbone, const std::vector<ThroughputCase>& cases,
                                                        const std::string& device, int imageSize, double minSeconds);

std::string describe(const ThroughputCase& setup);

// The arithmetic of one image through the backbone: two operations per multiply-add of its
// convolutions (VGG16: 30.7 GFLOP at 224 x 224; MobileNetV2: 0.6).
double backboneGflop(BackboneId backbone, int imageSize);

} // namespace tl
