#include "TorchScriptPipeline.h"

#include "AtomicFile.h"
#include "Error.h"
#include "ModelFile.h"

#include <algorithm>
#include <sstream>

namespace tl {
namespace {

constexpr const char* kMetadataFile = "transferlab_model.json";

torch::Tensor tensorFrom(const FloatArray& array)
{
    return torch::from_blob(const_cast<float*>(array.values.data()), array.shape, torch::kFloat32).clone();
}

// "hidden.weight" -> "head_hidden_weight": TorchScript attribute names cannot hold dots.
std::string attributeName(const std::string& headParameter)
{
    std::string name = "head_" + headParameter;
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

std::string preprocessSource(const ModelInfo& info)
{
    const std::string size = std::to_string(info.config.imageSize);
    std::ostringstream source;
    source << "def preprocess(self, image: Tensor) -> Tensor:\n"
           // uint8 is the only 1-byte unsigned non-float type besides bool: a 0..1 float image is refused.
           << "    assert image.dim() == 3 and image.size(2) == 3 and image.element_size() == 1 and "
              "not image.is_signed() and not image.is_floating_point(), "
              "'expected a uint8 RGB image tensor of shape H x W x 3'\n"
           << "    x = image.permute(2, 0, 1).float().unsqueeze(0)\n"
           << "    if x.size(2) != " << size << " or x.size(3) != " << size << ":\n"
           << "        x = torch._upsample_bilinear2d_aa(x, [" << size << ", " << size << "], False, None, None)\n"
           << "        x = x.clamp(0.0, 255.0)\n";
    if (info.preprocessing == "caffe")
        source << "    return x.flip([1]) - self.mean\n"; // RGB -> BGR, minus the BGR mean
    else if (info.preprocessing == "tf")
        source << "    return x / 127.5 - 1.0\n";
    else
        source << "    return (x / 255.0 - self.mean) / self.std\n";
    return source.str();
}

// The network's layers as straight-line code for images of imageSize: the Keras paddings are
// constants there.
std::string featuresSource(const NetworkPlan& plan, int imageSize)
{
    std::ostringstream source;
    source << "def features(self, x: Tensor) -> Tensor:\n";
    std::int64_t side = imageSize;
    for (const LayerPlan& layer : plan.layers) {
        if (layer.kind == LayerKind::MaxPool) {
            source << "    x = torch.max_pool2d(x, [2, 2], [2, 2])\n";
            side /= 2;
            continue;
        }
        if (layer.opensResidual)
            source << "    residual = x\n";
        const std::vector<std::int64_t> pad = paddingOf(layer, side, side); // left, right, top, bottom
        std::int64_t symmetric = 0;
        if (layer.padding == Padding::KerasStrided)
            source << "    x = torch.constant_pad_nd(x, [" << pad[0] << ", " << pad[1] << ", " << pad[2] << ", "
                   << pad[3] << "])\n";
        else
            symmetric = pad[0];
        side = (side + pad[2] + pad[3] - layer.kernelSize) / layer.stride + 1;
        source << "    x = torch.conv2d(x, self." << layer.name << "_kernel, self." << layer.name << "_bias, ["
               << layer.stride << ", " << layer.stride << "], [" << symmetric << ", " << symmetric << "], [1, 1], "
               << layer.groups() << ")\n";
        if (layer.activation == Activation::Relu)
            source << "    x = torch.relu(x)\n";
        else if (layer.activation == Activation::Relu6)
            source << "    x = torch.clamp(x, 0.0, 6.0)\n";
        if (!layer.addLayer.empty())
            source << "    x = x + residual\n";
    }
    source << "    return x\n";
    return source.str();
}

std::string headSource(const ModelInfo& info)
{
    std::ostringstream source;
    source << "def head(self, features: Tensor) -> Tensor:\n";
    source << (info.config.head == HeadType::Flatten ? "    x = features.flatten(1)\n"
                                                     : "    x = features.mean([2, 3])\n");
    if (info.config.hiddenUnits > 0) // dropout does nothing at inference
        source << "    x = torch.relu(torch.linear(x, self.head_hidden_weight, self.head_hidden_bias))\n";
    source << "    return torch.softmax(torch.linear(x, self.head_output_weight, self.head_output_bias), 1)\n";
    return source.str();
}

constexpr const char* kEntryPoints = R"(
def forward(self, image: Tensor) -> Tensor:
    return self.head(self.features(self.preprocess(image)))[0]

def predict(self, image: Tensor) -> int:
    probabilities = self.forward(image)
    if probabilities.size(0) == 2:
        if float(probabilities[self.positive_class]) >= self.threshold:
            return self.positive_class
        return 1 - self.positive_class
    return int(probabilities.argmax())
)";

} // namespace

torch::jit::Module buildTorchScriptPipeline(const ConvNetwork& network, const ModelInfo& info,
                                            const std::vector<NamedArray>& headParameters)
{
    torch::jit::Module pipeline("TransferLabClassifier");
    const std::vector<LayerPlan>& layers = network.plan().layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (!layers[i].hasWeights())
            continue;
        pipeline.register_parameter(layers[i].name + "_kernel", network.kernels.at(i).to(torch::kFloat32), false);
        pipeline.register_parameter(layers[i].name + "_bias", network.biases.at(i).to(torch::kFloat32), false);
    }
    for (const NamedArray& parameter : headParameters)
        pipeline.register_parameter(attributeName(parameter.name), tensorFrom(parameter.array), false);
    if (info.preprocessing == "caffe") {
        pipeline.register_buffer("mean", torch::tensor({103.939f, 116.779f, 123.68f}).view({1, 3, 1, 1}));
    } else if (info.preprocessing == "torchvision") {
        pipeline.register_buffer("mean", torch::tensor({0.485f, 0.456f, 0.406f}).view({1, 3, 1, 1}));
        pipeline.register_buffer("std", torch::tensor({0.229f, 0.224f, 0.225f}).view({1, 3, 1, 1}));
    }
    c10::List<std::string> classNames;
    for (const std::string& name : info.classes)
        classNames.push_back(name);
    pipeline.register_attribute("class_names", c10::ListType::ofStrings(), classNames);
    pipeline.register_attribute("image_size", c10::IntType::get(), info.config.imageSize);
    pipeline.register_attribute("preprocessing", c10::StringType::get(), info.preprocessing);
    pipeline.register_attribute("positive_class", c10::IntType::get(), info.positiveClass);
    pipeline.register_attribute("threshold", c10::FloatType::get(), info.result.threshold);
    pipeline.define(preprocessSource(info));
    pipeline.define(featuresSource(network.plan(), info.config.imageSize));
    pipeline.define(headSource(info));
    pipeline.define(kEntryPoints);
    pipeline.eval();
    return pipeline;
}

void saveTorchScriptPipeline(torch::jit::Module& pipeline, const ModelInfo& info, const std::string& path)
{
    std::ostringstream bytes;
    pipeline.save(bytes, {{kMetadataFile, modelInfoToJson(info)}});
    writeFileAtomically(path, bytes.str());
}

LoadedPipeline loadTorchScriptPipeline(const std::string& path)
{
    torch::jit::ExtraFilesMap extra{{kMetadataFile, ""}};
    LoadedPipeline loaded;
    try {
        loaded.module = torch::jit::load(path, torch::kCPU, extra);
    } catch (const c10::Error& e) {
        throw Error(Message{
            TL_MESSAGE("torchscript-export-unloadable", "'%1' is not a TorchScript file that can be loaded: %2"),
            {path, e.what_without_backtrace()}});
    }
    if (extra[kMetadataFile].empty() || !loaded.module.find_method("predict"))
        throw Error(
            Message{TL_MESSAGE("torchscript-not-an-export", "'%1' is a TorchScript file but not a TransferLab export"),
                    {path}});
    loaded.info = modelInfoFromJson(extra[kMetadataFile], path);
    loaded.module.eval();
    return loaded;
}

} // namespace tl
