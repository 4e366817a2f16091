#pragma once
// What a trained model knows about itself: classes, training configuration, preprocessing,
// backbone identity, decision threshold, history and metrics. Stored in the model file.
#include "Int8Calibration.h"
#include "RunResult.h"
#include "TrainConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace tl {

// What the model learned from, without naming any file: it stays meaningful (and private) when a
// model card is shared.
struct DataSummary {
    std::string name;                         // the dataset folder's name
    std::string fingerprint;                  // SHA-256 over the sorted "class<TAB>image SHA-256" lines
    std::vector<int> train, validation, test; // images per class (index = class) in each split
    std::string grouping;                     // Dataset::grouping: "" when the splits were drawn per image
    std::size_t groups = 0;                   // the groups the splits kept whole (when grouped)
};

struct ModelInfo {
    std::vector<std::string> classes;
    TrainConfig config;
    std::string preprocessing = "caffe";
    Precision backbonePrecision = Precision::Fp32;  // the precision the features were computed in
    std::optional<Int8Calibration> int8Calibration; // for int8 features: how they were quantized
    std::vector<std::int64_t> featureShape = {512, 7, 7};
    std::string backboneFingerprint;
    std::string backbonePath; // where the weights were when the model was trained
    bool demoWeights = false; // trained on demo weights (seeded random): its results are not meaningful
    int positiveClass = 1;
    RunResult result; // history, best epoch, threshold, temperature, evaluations
    DataSummary data;
    std::string createdAt; // ISO 8601, UTC
    // The model file's SHA-256 fingerprint (ModelFile.h): 64 hex digits, empty for a version 1
    // file or a TorchScript export. Not part of the metadata, which it is computed over.
    std::string fingerprint;
};

} // namespace tl
