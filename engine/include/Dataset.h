#pragma once
// The dataset index: a folder-per-class tree scanned without decoding any image.
// Layouts: DIR/<class>/* or DIR/train/<class>/* + DIR/test/<class>/*.
#include "Message.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tl {

enum class Split { Train, Validation, Test };

struct ImageEntry {
    std::string path;
    int label = 0;
    Split split = Split::Train;
    // The patient or lesion (ImageGroups.h); empty: the image is its own group. Initialised here so
    // that an entry written {path, label} or {path, label, split} raises no missing-field warning.
    std::string group{};
};

struct SkippedFile {
    std::string path;
    Message reason; // for the user, who reads it in their language; english() in --json output
};

struct Dataset {
    std::string root;
    std::vector<std::string> classes; // sorted, as Keras' flow_from_directory orders them
    std::vector<ImageEntry> images;   // class by class, file names sorted within a class
    std::vector<SkippedFile> skipped;
    bool hasTestFolder = false;
    // How the images were grouped for the splits: "" (not grouped), "metadata FILE" or "pattern REGEX".
    std::string grouping;

    std::vector<int> countPerClass(Split split) const;
    std::vector<int> countPerClass() const; // all splits
};

// Scans DIR. Images marked in error review (DIR/transferlab-review.json) are listed as skipped.
// Throws tl::Error when DIR is missing, unreadable, or holds no class folder.
Dataset scanDataset(const std::string& dir);

// Adds DIR/<class>/* as the test split. Its classes must be among the dataset's.
void addTestFolder(Dataset& dataset, const std::string& dir);

// Moves a stratified, seeded fraction of each class's training images to the validation split,
// group by group: the images of one group (ImageEntry::group) always stay together, a group
// counting for the class most of its images have. Every class with at least two training groups
// keeps at least one on each side; a class with a single group keeps it in training.
void assignValidationSplit(Dataset& dataset, double fraction, std::uint64_t seed);
// The same for a test split carved from the training images, for a dataset that has no test
// folder. Throws tl::Error when the dataset already has test images.
void assignTestSplit(Dataset& dataset, double fraction, std::uint64_t seed);
// Both, as a training draws them: the test split first (when testFraction > 0), then validation.
void assignTrainingSplits(Dataset& dataset, double testFraction, double validationFraction, std::uint64_t seed);

// The fold of each sample for k-fold cross-validation: class by class (a group counting for its
// majority class), the groups are shuffled with the seed, largest first, and each goes to the fold
// that holds the fewest of that class's images so far, in turn on ties; so every fold holds every
// class in proportion and a group never spans two folds. groups[i] empty (or no groups at all):
// sample i is its own group.
std::vector<int> stratifiedFolds(const std::vector<int>& labels, const std::vector<std::string>& groups, int folds,
                                 std::uint64_t seed);

// Throws tl::Error with a specific message when the dataset cannot be trained on
// (fewer than two classes with images, a class with no training image...).
void checkTrainable(const Dataset& dataset);

// A folder of unlabelled images (new cases to classify): its images in path order, and the
// files passed over with why. recursive: its sub-folders' too (hidden entries never).
struct ImageFolder {
    std::vector<std::string> images;
    std::vector<SkippedFile> skipped;
};
// Throws tl::Error when dir is not a folder.
ImageFolder listImageFolder(const std::string& dir, bool recursive);

// True when the extension is one the loader decodes (case-insensitive).
bool hasImageExtension(const std::string& path);

} // namespace tl
