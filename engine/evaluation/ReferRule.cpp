#include "ReferRule.h"

#include "ModelInfo.h"

#include <algorithm>

namespace tl {

double referredProbability(const std::vector<double>& probabilities, const ModelInfo& info)
{
    if (probabilities.size() == 2)
        return probabilities.at(static_cast<std::size_t>(info.positiveClass));
    return probabilities.empty() ? 0.0 : *std::max_element(probabilities.begin(), probabilities.end());
}

bool refers(const std::vector<double>& probabilities, const ModelInfo& info, const ReferRule& rule)
{
    const double probability = referredProbability(probabilities, info);
    if (probabilities.size() == 2)
        return probability >= info.result.threshold - rule.band;
    return !probabilities.empty() && probability < rule.minimumConfidence;
}

} // namespace tl
