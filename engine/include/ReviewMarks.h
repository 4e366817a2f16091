#pragma once
// The marks a reviewer puts on images (mislabelled, or excluded for another reason). The marks live
// next to the images, in DIR/transferlab-review.json, so the app, the CLI and a retraining all leave
// the same images out; a retraining reuses every other image's cached features.
#include "Dataset.h"

#include <map>
#include <optional>
#include <string>

namespace tl {
enum class ReviewMark { Mislabelled, Excluded };
const char* toString(ReviewMark mark);
ReviewMark reviewMarkFromString(const std::string& text); // throws tl::Error naming the choices

// Marks by image path relative to the dataset folder ('/'-separated).
using ReviewMarks = std::map<std::string, ReviewMark>;

std::string reviewMarksPath(const std::string& datasetRoot);
// No file: no marks. A damaged file is an error that names it.
ReviewMarks loadReviewMarks(const std::string& datasetRoot);
// Atomic; with no marks left the file is removed.
void saveReviewMarks(const std::string& datasetRoot, const ReviewMarks& marks);
// Sets, or with no mark clears, one image's mark and saves. Returns the updated marks.
ReviewMarks markImage(const std::string& datasetRoot, const std::string& imagePath, std::optional<ReviewMark> mark);
std::string reviewKey(const std::string& datasetRoot, const std::string& imagePath);

// Moves the marked images from dataset.images to dataset.skipped, with the mark as the reason.
// scanDataset() calls it. Returns how many were left out.
std::size_t applyReviewMarks(Dataset& dataset, const ReviewMarks& marks);

} // namespace tl
