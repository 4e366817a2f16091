#pragma once
// The head a saved model describes: its shape from the model's configuration, classes and
// feature map.
#include "Head.h"
#include "ModelInfo.h"

namespace tl {

HeadSpec headSpecFor(const ModelInfo& model);

} // namespace tl
