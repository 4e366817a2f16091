#include "ConfidenceIntervals.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace tl {
namespace {

// One resample's metrics, from how many times each image was drawn. AUC comes from a sweep over the
// images in descending score order (sorted once for all resamples): each negative counts the
// positives above it, and half of those tied with it.
class ResampleScorer {
public:
    ResampleScorer(const std::vector<int>& labels, const std::vector<std::vector<double>>& probabilities, int positive,
                   double threshold, bool binary)
        : m_labels(labels), m_positive(positive), m_binary(binary)
    {
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const std::vector<double>& p = probabilities[i];
            const int predicted = binary
                                      ? (p[static_cast<std::size_t>(positive)] >= threshold ? positive : 1 - positive)
                                      : static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
            m_predicted.push_back(predicted);
            m_scores.push_back(binary ? p[static_cast<std::size_t>(positive)] : 0.0);
        }
        m_order.resize(labels.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(),
                  [&](std::size_t a, std::size_t b) { return m_scores[a] > m_scores[b]; });
    }

    // Adds each metric that this resample defines to `values`.
    void score(const std::vector<int>& draws, std::map<std::string, std::vector<double>>& values) const
    {
        double n = 0, correct = 0, tp = 0, fp = 0, tn = 0, fn = 0;
        for (std::size_t i = 0; i < draws.size(); ++i) {
            const double w = draws[i];
            n += w;
            correct += m_predicted[i] == m_labels[i] ? w : 0.0;
            if (!m_binary)
                continue;
            const bool actual = m_labels[i] == m_positive, said = m_predicted[i] == m_positive;
            (actual ? (said ? tp : fn) : (said ? fp : tn)) += w;
        }
        values["accuracy"].push_back(correct / n);
        if (!m_binary)
            return;
        auto add = [&](const char* name, double numerator, double denominator) {
            if (denominator > 0)
                values[name].push_back(numerator / denominator);
        };
        add("sensitivity", tp, tp + fn);
        add("specificity", tn, tn + fp);
        add("ppv", tp, tp + fp);
        add("npv", tn, tn + fn);
        add("auc", pairsOrdered(draws), (tp + fn) * (tn + fp));
    }

private:
    // The number of (positive, negative) draws with the positive scored higher, ties counting half.
    double pairsOrdered(const std::vector<int>& draws) const
    {
        double above = 0, ordered = 0;
        for (std::size_t k = 0; k < m_order.size();) {
            double positives = 0, negatives = 0;
            const double tie = m_scores[m_order[k]];
            for (; k < m_order.size() && m_scores[m_order[k]] == tie; ++k)
                (m_labels[m_order[k]] == m_positive ? positives : negatives) += draws[m_order[k]];
            ordered += negatives * (above + 0.5 * positives);
            above += positives;
        }
        return ordered;
    }

    const std::vector<int>& m_labels;
    int m_positive;
    bool m_binary;
    std::vector<int> m_predicted;
    std::vector<double> m_scores;
    std::vector<std::size_t> m_order;
};

double percentile(std::vector<double>& values, double q)
{
    std::sort(values.begin(), values.end());
    const double at = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(at));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (at - static_cast<double>(below)) * (values[above] - values[below]);
}

} // namespace

bool tooFewForInterval(const std::vector<int>& imagesPerClass)
{
    const int images = std::accumulate(imagesPerClass.begin(), imagesPerClass.end(), 0);
    return images < kMinimumImagesForInterval ||
           std::any_of(imagesPerClass.begin(), imagesPerClass.end(), [](int count) { return count == 1; });
}

std::optional<ConfidenceIntervals> bootstrapIntervals(const std::vector<int>& labels,
                                                      const std::vector<std::vector<double>>& probabilities,
                                                      int classes, int positive, double threshold, int resamples,
                                                      std::uint64_t seed)
{
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(classes));
    std::vector<int> imagesPerClass(static_cast<std::size_t>(classes), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        members[static_cast<std::size_t>(labels[i])].push_back(i);
        ++imagesPerClass[static_cast<std::size_t>(labels[i])];
    }
    if (tooFewForInterval(imagesPerClass) || resamples < 1)
        return std::nullopt;

    const ResampleScorer scorer(labels, probabilities, positive, threshold, classes == 2);
    std::mt19937_64 random(seed);
    std::map<std::string, std::vector<double>> values;
    std::vector<int> draws(labels.size());
    for (int r = 0; r < resamples; ++r) {
        std::fill(draws.begin(), draws.end(), 0);
        for (const std::vector<std::size_t>& classMembers : members) {
            if (classMembers.empty())
                continue;
            std::uniform_int_distribution<std::size_t> pick(0, classMembers.size() - 1);
            for (std::size_t k = 0; k < classMembers.size(); ++k)
                ++draws[classMembers[pick(random)]];
        }
        scorer.score(draws, values);
    }
    ConfidenceIntervals intervals;
    intervals.resamples = resamples;
    for (auto& [name, samples] : values)
        if (!samples.empty())
            intervals.metrics[name] = {percentile(samples, 0.025), percentile(samples, 0.975)};
    return intervals;
}

} // namespace tl
