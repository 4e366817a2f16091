#include "RunWarnings.h"

#include <cmath>

namespace tl {
namespace {

bool predictsOneClass(const Evaluation& evaluation)
{
    int truthRows = 0, predictedColumns = 0;
    for (std::size_t row = 0; row < evaluation.confusion.size(); ++row) {
        int rowTotal = 0, columnTotal = 0;
        for (std::size_t column = 0; column < evaluation.confusion.size(); ++column) {
            rowTotal += evaluation.confusion[row][column];
            columnTotal += evaluation.confusion[column][row];
        }
        truthRows += rowTotal > 0;
        predictedColumns += columnTotal > 0;
    }
    return truthRows > 1 && predictedColumns == 1;
}

bool hasNonFiniteLoss(const std::vector<EpochReport>& history)
{
    for (const EpochReport& epoch : history)
        if (!std::isfinite(epoch.trainLoss) || std::isinf(epoch.validationLoss)) // NaN validation: no split
            return true;
    return false;
}

} // namespace

std::vector<RunWarning> runWarnings(const RunResult& result)
{
    std::vector<RunWarning> warnings;
    const std::optional<Evaluation>& judged = result.validation ? result.validation : result.test;
    if (judged && predictsOneClass(*judged))
        warnings.push_back(RunWarning::OneClassPredicted);
    if (hasNonFiniteLoss(result.history) || hasNonFiniteLoss(result.fineTuneHistory))
        warnings.push_back(RunWarning::NonFiniteLoss);
    return warnings;
}

const char* toString(RunWarning warning)
{
    switch (warning) {
    case RunWarning::OneClassPredicted: return "one_class_predicted";
    case RunWarning::NonFiniteLoss: return "non_finite_loss";
    }
    return "unknown";
}

Message warningMessage(RunWarning warning)
{
    switch (warning) {
    case RunWarning::OneClassPredicted:
        return Message{
            TL_MESSAGE("warning-one-class-predicted",
                       "the model calls every validation image the same class: it has not learnt to tell "
                       "the classes apart. Likely causes: feature scaling 'none' with a backbone whose "
                       "features are large, a learning rate too high, too few images or random stand-in "
                       "weights. Try feature scaling 'normalise', a lower learning rate, or more images per class."),
            {}};
    case RunWarning::NonFiniteLoss:
        return Message{
            TL_MESSAGE(
                "warning-non-finite-loss",
                "a loss became infinite or not a number: training diverged. Likely causes: a learning rate too high or "
                "feature scaling 'none'. Try a learning rate ten times lower, or feature scaling 'normalise'."),
            {}};
    }
    return {};
}

} // namespace tl
