#include "GradCam.h"

#include "Error.h"

namespace tl {

GradCamResult gradCam(const ConvNetwork& network, Head& head, const torch::Tensor& input,
                      const std::function<int(const torch::Tensor& logits)>& chooseClass)
{
    torch::Tensor activation;
    {
        torch::NoGradGuard noGrad; // nothing below the last convolution needs a gradient
        activation = network.lastConvActivation(input);
    }
    activation.requires_grad_(true);
    const bool wasTraining = head->is_training();
    head->eval();
    const torch::Tensor logits = head->forward(network.afterLastConv(activation));
    head->train(wasTraining);

    GradCamResult result;
    result.logits = logits.detach();
    result.explainedClass = chooseClass(result.logits);
    if (result.explainedClass < 0 || result.explainedClass >= logits.size(1))
        throw Error(Message{TL_MESSAGE("gradcam-unknown-class", "Grad-CAM: class %1 does not exist"),
                            {std::to_string(result.explainedClass)}});
    // The class score before the softmax, as in the paper: the softmax couples the classes.
    const torch::Tensor gradient = torch::autograd::grad({logits[0][result.explainedClass]}, {activation})[0];
    const torch::Tensor weights = gradient.mean({2, 3}, /*keepdim=*/true); // 1 x C x 1 x 1
    const torch::Tensor map = torch::relu((weights * activation.detach()).sum(1))[0];
    const double peak = map.max().item<double>();
    result.map = peak > 0 ? map / peak : map;
    return result;
}

} // namespace tl
