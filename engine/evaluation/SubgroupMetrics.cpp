#include "SubgroupMetrics.h"

#include "Error.h"

#include <nlohmann/json.hpp>

#include <map>

namespace tl {

std::vector<Subgroup> subgroupEvaluations(const Evaluation& whole, const ScoredSamples& samples, const Dataset& dataset,
                                          const ImageMetadata& metadata, const std::string& column)
{
    if (!metadata.hasColumn(column))
        throw Error(Message{TL_MESSAGE("metadata-no-such-column", "the metadata file '%1' has no column named %2"),
                            {metadata.file, column}});
    std::map<std::string, ScoredSamples> byValue;
    for (std::size_t i = 0; i < samples.paths.size(); ++i) {
        const std::string value =
            metadata.value(datasetRelativePath(dataset, samples.paths[i]), column).value_or(std::string());
        ScoredSamples& group = byValue[value];
        group.paths.push_back(samples.paths[i]);
        group.labels.push_back(samples.labels[i]);
        group.probabilities.push_back(samples.probabilities[i]);
    }
    std::vector<Subgroup> subgroups;
    for (const auto& [value, group] : byValue)
        subgroups.push_back({value, evaluatePredictions(group.labels, group.probabilities, whole.classes,
                                                        whole.positiveClass, whole.threshold)});
    return subgroups;
}

std::string toJson(const std::vector<Subgroup>& subgroups)
{
    nlohmann::json json = nlohmann::json::object();
    for (const Subgroup& subgroup : subgroups) {
        nlohmann::json metrics = nlohmann::json::parse(toJson(subgroup.evaluation));
        metrics.erase("roc"); // the curve of every subgroup would swamp the file; the AUC stays
        metrics.erase("reliability");
        metrics["too_small_for_interval"] = subgroup.tooSmallForInterval();
        json[subgroup.value] = metrics;
    }
    return json.dump();
}

} // namespace tl
