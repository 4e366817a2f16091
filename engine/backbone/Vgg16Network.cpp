// VGG16's convolutional base ("notop") as Keras builds it: five blocks of 3x3 convolutions with
// biases and ReLU, each closed by a 2x2 max-pooling.
#include "NetworkPlan.h"

namespace tl {

NetworkPlan vgg16Plan()
{
    const int convsPerBlock[] = {2, 2, 3, 3, 3};
    const int widthPerBlock[] = {64, 128, 256, 512, 512};
    NetworkPlan plan;
    int channels = 3;
    for (int block = 0; block < 5; ++block) {
        const std::string prefix = "block" + std::to_string(block + 1);
        if (block == 4)
            plan.firstTunedLayer = plan.layers.size();
        for (int conv = 0; conv < convsPerBlock[block]; ++conv) {
            LayerPlan layer;
            layer.name = prefix + "_conv" + std::to_string(conv + 1);
            layer.inChannels = channels;
            layer.outChannels = channels = widthPerBlock[block];
            layer.activation = Activation::Relu;
            plan.layers.push_back(layer);
        }
        plan.gradCamLayer = plan.layers.size() - 1; // block5_conv3 at the end
        LayerPlan pool;
        pool.kind = LayerKind::MaxPool;
        pool.name = prefix + "_pool";
        pool.inChannels = pool.outChannels = channels;
        plan.layers.push_back(pool);
    }
    return plan;
}

} // namespace tl
