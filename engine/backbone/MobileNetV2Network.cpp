// MobileNetV2 1.0 ("no top") as Keras Applications builds it (Sandler et al., 2018): a stride-2
// 3x3 convolution, 17 inverted residual blocks (1x1 expansion, 3x3 depthwise, 1x1 linear
// projection, each convolution followed by batch normalisation, ReLU6 after the first two, an
// Add where the block keeps its shape), then a 1x1 convolution to 1,280 channels.
#include "NetworkPlan.h"

namespace tl {
namespace {

LayerPlan convolution(const std::string& name, const std::string& batchNorm, int in, int out, int kernel, int stride)
{
    LayerPlan layer;
    layer.name = name;
    layer.batchNorm = batchNorm;
    layer.inChannels = in;
    layer.outChannels = out;
    layer.kernelSize = kernel;
    layer.stride = stride;
    layer.padding = stride == 2 ? Padding::KerasStrided : (kernel == 1 ? Padding::Valid : Padding::Same);
    return layer;
}

LayerPlan relu6(LayerPlan layer, const std::string& activationLayer)
{
    layer.activation = Activation::Relu6;
    layer.activationLayer = activationLayer;
    return layer;
}

// Block `index` (0 is "expanded_conv", without an expansion): expansion, depthwise, projection.
void addBlock(NetworkPlan& plan, int index, int in, int out, int expansion, int stride)
{
    const std::string prefix = index == 0 ? "expanded_conv_" : "block_" + std::to_string(index) + "_";
    const int expanded = in * expansion;
    const std::size_t first = plan.layers.size();
    if (expansion != 1)
        plan.layers.push_back(
            relu6(convolution(prefix + "expand", prefix + "expand_BN", in, expanded, 1, 1), prefix + "expand_relu"));
    LayerPlan depthwise =
        relu6(convolution(prefix + "depthwise", prefix + "depthwise_BN", expanded, expanded, 3, stride),
              prefix + "depthwise_relu");
    depthwise.kind = LayerKind::Depthwise;
    if (stride == 2)
        depthwise.padLayer = prefix + "pad";
    plan.layers.push_back(depthwise);
    LayerPlan project = convolution(prefix + "project", prefix + "project_BN", expanded, out, 1, 1);
    if (in == out && stride == 1) {
        plan.layers[first].opensResidual = true;
        project.addLayer = prefix + "add";
    }
    plan.layers.push_back(project);
}

} // namespace

NetworkPlan mobileNetV2Plan()
{
    NetworkPlan plan;
    LayerPlan first = relu6(convolution("Conv1", "bn_Conv1", 3, 32, 3, 2), "Conv1_relu");
    first.padLayer = "Conv1_pad";
    plan.layers.push_back(first);
    // (expansion, output channels, blocks, stride of the first), the paper's Table 2.
    const int stages[][4] = {{1, 16, 1, 1}, {6, 24, 2, 2},  {6, 32, 3, 2}, {6, 64, 4, 2},
                             {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    int channels = 32, block = 0;
    for (const auto& stage : stages)
        for (int repeat = 0; repeat < stage[2]; ++repeat, ++block) {
            if (block == 16)
                plan.firstTunedLayer = plan.layers.size();
            addBlock(plan, block, channels, stage[1], stage[0], repeat == 0 ? stage[3] : 1);
            channels = stage[1];
        }
    plan.layers.push_back(relu6(convolution("Conv_1", "Conv_1_bn", channels, 1280, 1, 1), "out_relu"));
    plan.gradCamLayer = plan.layers.size() - 1;
    return plan;
}

} // namespace tl
