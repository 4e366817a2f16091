#pragma once
// How the int8 backbone maps floats to 8-bit integers, calibrated on a seeded sample of the
// user's own images (QuantizedVgg16.h). Stored in the model file and in the feature cache folder,
// so that every later use of the model's features (evaluation, a Slurm shard, a second training)
// quantizes exactly as the training did. No torch types: the model file and the UI include it.
#include <cstdint>
#include <string>
#include <vector>

namespace tl {

struct Int8Calibration {
    std::uint64_t seed = 0;               // which images were drawn (TrainConfig::seed)
    std::vector<std::string> imageHashes; // their content hashes (SHA-256), in the order drawn
    // What was measured on them: the (Caffe-preprocessed, signed) input's scale and zero point,
    // and every convolution's output scale after its ReLU (zero point 0).
    double inputScale = 1.0;
    std::int64_t inputZeroPoint = 0;
    std::vector<double> outputScales;

    // Names the calibration in cache folders: a hash of the seed and the images, known before the
    // network has seen them, so that a cache's status is found without calibrating.
    std::string identity() const;
    bool measured() const { return !outputScales.empty(); }
};

// The calibration's images: this many of the dataset's training images, or all when it has fewer.
constexpr std::size_t kInt8CalibrationImages = 32;

// As a JSON object (the model file's "int8_calibration", the cache folder's calibration file).
std::string toJson(const Int8Calibration& calibration);
// Throws tl::Error when the text is not such an object.
Int8Calibration int8CalibrationFromJson(const std::string& json);

} // namespace tl
