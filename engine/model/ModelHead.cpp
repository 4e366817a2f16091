#include "ModelHead.h"

namespace tl {

HeadSpec headSpecFor(const ModelInfo& model)
{
    HeadSpec spec;
    spec.type = model.config.head;
    spec.channels = model.featureShape.at(0);
    spec.height = model.featureShape.at(1);
    spec.width = model.featureShape.at(2);
    spec.hiddenUnits = model.config.hiddenUnits;
    spec.dropout = model.config.dropout;
    spec.classes = static_cast<int>(model.classes.size());
    return spec;
}

} // namespace tl
