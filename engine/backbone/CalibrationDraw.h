#pragma once
// The user's own images that int8's calibration and Automatic's guard measure on: a seeded draw
// of the dataset's non-test images, the same wherever the dataset lies.
#include "Backbones.h"
#include "Dataset.h"
#include "Int8Calibration.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace tl {

// The images a calibration measures: up to `count` of the dataset's training-split images, ranked by a hash of the seed
// and their path inside the dataset (the same draw wherever the dataset lies), with their content hashes. Unreadable
// files are passed over.
struct CalibrationDraw {
    Int8Calibration calibration; // seed and image hashes; not measured yet
    std::vector<std::string> paths;
    std::vector<int> labels;
};
CalibrationDraw drawInt8Calibration(const Dataset& dataset, std::uint64_t seed,
                                    std::size_t count = kInt8CalibrationImages);

// The drawn images [begin, end) that decode (training skips the others too), preprocessed as
// training does and stacked (undefined when none decodes), with their labels.
struct DrawnImages {
    torch::Tensor images;
    std::vector<int> labels;
};
DrawnImages decodeDrawn(const CalibrationDraw& draw, std::size_t begin, std::size_t end, int imageSize,
                        PreprocessMode mode);

} // namespace tl
