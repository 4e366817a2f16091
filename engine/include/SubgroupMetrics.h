#pragma once
// The metrics of each kind of patient: an evaluation's images split by a metadata column (site,
// sex, age band, skin type…), each subgroup with its own metrics and intervals. A subgroup too
// small for an interval keeps its metrics and says so, rather than disappearing.
#include "ImageGroups.h"
#include "Metrics.h"

#include <string>
#include <vector>

namespace tl {

struct Subgroup {
    std::string value; // the column's value; "" for images the metadata has no value for
    Evaluation evaluation;
    bool tooSmallForInterval() const { return !evaluation.intervals.has_value(); }
};

// One subgroup per value of `column`, in the values' order. samples.paths are those the
// evaluation scored; the metadata names them relative to `dataset` (datasetRelativePath). Throws
// tl::Error when the metadata has no such column.
std::vector<Subgroup> subgroupEvaluations(const Evaluation& whole, const ScoredSamples& samples, const Dataset& dataset,
                                          const ImageMetadata& metadata, const std::string& column);

std::string toJson(const std::vector<Subgroup>& subgroups);

} // namespace tl
