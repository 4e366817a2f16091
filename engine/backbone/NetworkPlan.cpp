#include "NetworkPlan.h"

namespace tl {

const NetworkPlan& networkPlan(BackboneId id)
{
    static const NetworkPlan vgg16 = vgg16Plan();
    static const NetworkPlan mobileNetV2 = mobileNetV2Plan();
    switch (id) {
    case BackboneId::MobileNetV2: return mobileNetV2;
    case BackboneId::Vgg16: break;
    }
    return vgg16;
}

std::vector<std::string> kerasLayerNames(const NetworkPlan& plan)
{
    std::vector<std::string> names = {"input_1"};
    for (const LayerPlan& layer : plan.layers)
        for (const std::string& name :
             {layer.padLayer, layer.name, layer.batchNorm, layer.activationLayer, layer.addLayer})
            if (!name.empty())
                names.push_back(name);
    return names;
}

} // namespace tl
