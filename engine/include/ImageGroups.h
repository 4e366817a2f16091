#pragma once
// Which patient or lesion each image comes from, so that no split ever puts one group on two sides
// (several photographs of one lesion in training and test inflate every metric), and what else is
// known about each image (site, sex, age band…) for subgroup metrics. Two sources: a metadata CSV
// (--metadata) or a file-name pattern (--group-pattern).
#include "Dataset.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tl {

// A CSV with a header row: a column "image" (paths relative to the dataset folder), usually a
// column "group", and any other columns. Fields may be quoted ("a, b"), with "" for a quote.
struct ImageMetadata {
    std::string file;
    std::vector<std::string> columns;                     // as in the header, "image" included
    std::map<std::string, std::vector<std::string>> rows; // by image path (normalised), in columns' order
    // The value of `column` for the image at `relativePath`; empty when the file has no row for it.
    std::optional<std::string> value(const std::string& relativePath, const std::string& column) const;
    bool hasColumn(const std::string& column) const;
};

// Throws tl::Error naming the file and the line: unreadable, no "image" column, a row with another
// number of fields than the header, an image listed twice.
ImageMetadata readImageMetadata(const std::string& csvPath);

// The image's path as metadata files and --json name it: relative to the dataset folder, or
// absolute when the image lies outside it (an external --test folder).
std::string datasetRelativePath(const Dataset& dataset, const std::string& path);

// Sets each image's group from the metadata's "group" column (throws tl::Error when it has none).
// Images without a row, or with an empty group, stay their own group.
void groupByMetadata(Dataset& dataset, const ImageMetadata& metadata);
// Sets each image's group to the pattern's first capture group, searched in its file name; images
// whose name does not match stay their own group. Throws tl::Error for an invalid pattern or one
// without a capture group.
void groupByPattern(Dataset& dataset, const std::string& pattern);

// Puts two images (paths relative to the dataset) in one group: the first one's, else the
// second's, else a new one named after the first image; every other image of the second's group
// joins it too. Adds the "group" column and the rows the metadata lacks.
void putInOneGroup(ImageMetadata& metadata, const std::string& first, const std::string& second);

struct GroupCounts {
    std::size_t groups = 0;          // distinct groups, each ungrouped image counting as one
    std::size_t ungroupedImages = 0; // images that are their own group
};
GroupCounts countGroups(const Dataset& dataset);

} // namespace tl
