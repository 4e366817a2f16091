#include "TemperatureScaling.h"

#include "Error.h"

#include <algorithm>
#include <cmath>

namespace tl {

double meanNegativeLogLikelihood(const std::vector<std::vector<double>>& logits, const std::vector<int>& labels,
                                 double temperature)
{
    double sum = 0;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        const std::vector<double>& row = logits[i];
        const double largest = *std::max_element(row.begin(), row.end());
        double partition = 0; // log-sum-exp, shifted by the largest logit so that exp() cannot overflow
        for (double logit : row)
            partition += std::exp((logit - largest) / temperature);
        sum += (largest - row[static_cast<std::size_t>(labels[i])]) / temperature + std::log(partition);
    }
    return sum / static_cast<double>(logits.size());
}

double fitTemperature(const std::vector<std::vector<double>>& logits, const std::vector<int>& labels)
{
    if (logits.empty() || logits.size() != labels.size())
        throw Error(Message{TL_MESSAGE("temperature-scaling-needs-validation",
                                       "temperature scaling needs at least one validation image"),
                            {}});
    const double goldenRatio = (std::sqrt(5.0) - 1.0) / 2.0;
    double low = std::log(kMinTemperature), high = std::log(kMaxTemperature);
    auto loss = [&](double logTemperature) {
        return meanNegativeLogLikelihood(logits, labels, std::exp(logTemperature));
    };
    double a = high - goldenRatio * (high - low), b = low + goldenRatio * (high - low);
    double lossA = loss(a), lossB = loss(b);
    for (int step = 0; step < 80; ++step) { // the bracket shrinks to 1e-16 of its width
        if (lossA < lossB) {
            high = b;
            b = a;
            lossB = lossA;
            a = high - goldenRatio * (high - low);
            lossA = loss(a);
        } else {
            low = a;
            a = b;
            lossA = lossB;
            b = low + goldenRatio * (high - low);
            lossB = loss(b);
        }
    }
    return std::exp((low + high) / 2.0);
}

} // namespace tl
