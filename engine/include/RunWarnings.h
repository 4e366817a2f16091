#pragma once
// Signs that a run produced a useless model, worked out from its result alone (so that a model
// file written before these checks gets them too). The CLI prints them on stderr and in --json
// ("warnings", by code); the Train view shows them in its own, translated words.
#include "Message.h"
#include "RunResult.h"

#include <string>
#include <vector>

namespace tl {

enum class RunWarning {
    // The kept head calls every validation image (the test images, without a validation split)
    // the same class, though they hold several.
    OneClassPredicted,
    // A training or validation loss is infinite or not a number.
    NonFiniteLoss,
};

std::vector<RunWarning> runWarnings(const RunResult& result);

// "one_class_predicted", "non_finite_loss": in --json.
const char* toString(RunWarning warning);
// One paragraph, in the CLI's terms (its flags): what happened, its likely causes and what to try.
Message warningMessage(RunWarning warning);

} // namespace tl
