#include "ErrorReview.h"

#include <algorithm>

namespace tl {

std::vector<ReviewItem> misclassifiedImages(const ScoredSamples& samples, const std::vector<int>& predicted,
                                            std::optional<int> trueClass, std::optional<int> predictedClass)
{
    const auto& [paths, labels, probabilities] = samples;
    std::vector<ReviewItem> items;
    const std::size_t count = std::min({paths.size(), labels.size(), predicted.size(), probabilities.size()});
    for (std::size_t i = 0; i < count; ++i) {
        if (labels[i] == predicted[i] || (trueClass && labels[i] != *trueClass) ||
            (predictedClass && predicted[i] != *predictedClass))
            continue;
        items.push_back(
            {i, paths[i], labels[i], predicted[i], probabilities[i][static_cast<std::size_t>(predicted[i])]});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const ReviewItem& a, const ReviewItem& b) { return a.confidence > b.confidence; });
    return items;
}

} // namespace tl
