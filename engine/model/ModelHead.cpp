#include "ModelHead.h"

namespace tl {

HeadSpec headSpecFor(const ModelInfo& model)
{
    return headSpecFor(model.config, model.featureShape, static_cast<int>(model.classes.size()));
}

} // namespace tl
