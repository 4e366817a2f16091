#include "Job.h"

namespace tl {

Message phaseName(Phase phase)
{
    switch (phase) {
    case Phase::LoadingWeights: return Message{TL_MESSAGE("phase", "loading the weights"), {}};
    case Phase::MeasuringPrecisions: return Message{TL_MESSAGE("phase", "timing the precisions"), {}};
    case Phase::CalibratingInt8: return Message{TL_MESSAGE("phase", "calibrating int8"), {}};
    case Phase::CheckingPrecision: return Message{TL_MESSAGE("phase", "checking the precision's accuracy"), {}};
    case Phase::ExtractingFeatures: return Message{TL_MESSAGE("phase", "extracting features"), {}};
    case Phase::Training: return Message{TL_MESSAGE("phase", "training"), {}};
    case Phase::FineTuning: return Message{TL_MESSAGE("phase", "fine-tuning the backbone's last layers"), {}};
    case Phase::Evaluating: return Message{TL_MESSAGE("phase", "evaluating"), {}};
    case Phase::CheckingCache: return Message{TL_MESSAGE("phase", "checking the cache"), {}};
    case Phase::Classifying: return Message{TL_MESSAGE("phase", "classifying"), {}};
    case Phase::ComparingImages: return Message{TL_MESSAGE("phase", "comparing the images"), {}};
    }
    return {};
}

const char* toString(Phase phase)
{
    switch (phase) {
    case Phase::LoadingWeights: return "loading_weights";
    case Phase::MeasuringPrecisions: return "measuring_precisions";
    case Phase::CalibratingInt8: return "calibrating_int8";
    case Phase::CheckingPrecision: return "checking_precision";
    case Phase::ExtractingFeatures: return "extracting_features";
    case Phase::Training: return "training";
    case Phase::FineTuning: return "fine_tuning";
    case Phase::Evaluating: return "evaluating";
    case Phase::CheckingCache: return "checking_cache";
    case Phase::Classifying: return "classifying";
    case Phase::ComparingImages: return "comparing_images";
    }
    return "";
}

} // namespace tl
