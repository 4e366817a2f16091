#pragma once
// Stratified k-fold cross-validation of the configured head on cached features: how much the
// metrics move with the choice of held-out images, which one train/validation split cannot say.
// No torch types here: the UI and the CLI include this header.
#include "Dataset.h"
#include "Job.h"
#include "Metrics.h"
#include "TrainConfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tl {

// One metric over the folds: its value in each, their mean and sample standard deviation.
struct MetricSpread {
    std::string name;
    std::vector<double> perFold;
    double mean = 0, standardDeviation = 0;
};

struct CrossValidationOutcome {
    std::vector<Evaluation> perFold;   // each fold's held-out images
    std::vector<MetricSpread> metrics; // accuracy, loss, calibration error, per-class recall; AUC,
                                       // sensitivity and specificity for two classes
    // Every held-out prediction of every fold together (each image once), with its intervals: how
    // sure the cross-validated figures are.
    Evaluation pooled;
    // The images each fold held out, relative to the dataset folder (datasetRelativePath), for audit.
    std::vector<std::vector<std::string>> heldOut;
    std::string grouping; // Dataset::grouping: how the folds kept groups together ("" not grouped)
    std::vector<SkippedFile> skipped;
    std::size_t featuresComputed = 0, featuresFromCache = 0;
};

constexpr int kMinFolds = 2, kMaxFolds = 20;

MetricSpread spreadOf(std::string name, std::vector<double> perFold);

// Cross-validates on the dataset's training images (a test folder is left out); the folds keep each
// group (ImageEntry::group) whole. Each fold trains a
// fresh head for config.epochs on the other folds, with no early stopping (nothing outside the
// fold's training part may steer it), and is evaluated on its own images at threshold 0.5.
// Features come from the same cache as training, prepared as training prepares them. The job hears
// the setup, the extraction and the folds' epochs as Phase::Training. Throws tl::Error when a class
// has fewer images than folds.
JobResult<CrossValidationOutcome> crossValidate(Dataset dataset, const TrainConfig& config, int folds,
                                                const Job& job = {});

std::string toJson(const CrossValidationOutcome& outcome);

} // namespace tl
