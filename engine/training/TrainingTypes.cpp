#include "TrainingTypes.h"

namespace tl {

Message phaseName(Phase phase)
{
    switch (phase) {
    case Phase::ExtractingFeatures: return Message{TL_MESSAGE("phase", "extracting features"), {}};
    case Phase::Training: return Message{TL_MESSAGE("phase", "training"), {}};
    case Phase::FineTuning: return Message{TL_MESSAGE("phase", "fine-tuning block 5"), {}};
    case Phase::Evaluating: return Message{TL_MESSAGE("phase", "evaluating"), {}};
    }
    return {};
}

} // namespace tl
