#include "TrainingTypes.h"

namespace tl {

const char* toString(Phase phase)
{
    switch (phase) {
    case Phase::ExtractingFeatures: return "extracting features";
    case Phase::Training: return "training";
    case Phase::FineTuning: return "fine-tuning block 5";
    case Phase::Evaluating: return "evaluating";
    }
    return "?";
}

} // namespace tl
