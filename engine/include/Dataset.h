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

    std::vector<int> countPerClass(Split split) const;
    std::vector<int> countPerClass() const; // all splits
};

// Scans DIR. Images marked in error review (DIR/transferlab-review.json) are listed as skipped.
// Throws tl::Error when DIR is missing, unreadable, or holds no class folder.
Dataset scanDataset(const std::string& dir);

// Adds DIR/<class>/* as the test split. Its classes must be among the dataset's.
void addTestFolder(Dataset& dataset, const std::string& dir);

// Moves a stratified, seeded fraction of each class's training images to the validation split.
// Every class with at least two training images keeps at least one image on each side; a class
// with a single image keeps it in training.
void assignValidationSplit(Dataset& dataset, double fraction, std::uint64_t seed);

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
