#pragma once
// One call that runs the whole recipe: split the dataset, load the frozen backbone, extract (or
// reuse cached) features, train the head, evaluate, and write the model file.
// No torch types here: the UI and the CLI include this header.
#include "Classifier.h"
#include "Dataset.h"
#include "ExtractionProfile.h"
#include "Job.h"
#include "PrecisionChoice.h"
#include "RunResult.h"
#include "TrainConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace tl {

struct TrainingOutcome {
    std::string modelPath;
    // The saved model, ready to use: the trained head on the backbone that computed its features.
    // Its info() holds the fingerprint of the file written; nothing was read back to make it.
    Classifier classifier;
    RunResult result;
    std::vector<SkippedFile> skipped; // found by the scan or failed to decode
    Dataset dataset;                  // as split: each image's split (and group), for audit
    std::size_t featuresComputed = 0, featuresFromCache = 0;
    std::optional<Message> cacheWarning;   // the feature cache could not be written (training went on)
    Precision precision = Precision::Fp32; // what the backbone ran in
    std::optional<double> bf16ProbeError;
    std::optional<PrecisionChoice> precisionChoice; // what Automatic measured, when it chose on the CPU
    std::string device;
    bool demoWeights = false; // the backbone was the demo weights: the results are not meaningful
    double setupSeconds = 0;  // loading the backbone; the first time, Automatic's measurements and int8 calibration
    double extractionSeconds = 0, trainingSeconds = 0;
    ExtractionProfile extractionProfile; // where extractionSeconds went
};

// The dataset is taken by value: the validation split is assigned on a copy. The checkpoint is
// kept at modelPath + ".checkpoint" until the model is written (a cancelled run keeps it, for a
// resume). modelPath is tried before any work (checkWritable). The job hears the backbone's setup,
// the extraction, each batch and epoch, and the evaluation.
JobResult<TrainingOutcome> trainModel(Dataset dataset, const TrainConfig& config, const std::string& modelPath,
                                      bool resume, const Job& job = {});

std::string checkpointPathFor(const std::string& modelPath);

} // namespace tl
