#include "ReferRule.h"

#include "ModelInfo.h"

#include <algorithm>

namespace tl {

bool refers(const std::vector<double>& probabilities, const ModelInfo& info, const ReferRule& rule)
{
    if (probabilities.size() == 2)
        return probabilities.at(static_cast<std::size_t>(info.positiveClass)) >= info.result.threshold - rule.band;
    return !probabilities.empty() &&
           *std::max_element(probabilities.begin(), probabilities.end()) < rule.minimumConfidence;
}

} // namespace tl
