#include "OnnxExport.h"

#include "AtomicFile.h"
#include "Error.h"
#include "ModelFile.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tl {
namespace {

constexpr int kOpset = 17; // the newest opset ONNX 1.12 checks

// Appends nodes to a graph, naming each output after the node that makes it.
class GraphBuilder {
public:
    explicit GraphBuilder(onnx::GraphProto& graph) : m_graph(graph) {}

    std::string constant(const std::string& name, const std::vector<std::int64_t>& shape, const float* values)
    {
        onnx::TensorProto* tensor = m_graph.add_initializer();
        tensor->set_name(name);
        tensor->set_data_type(onnx::TensorProto::FLOAT);
        std::int64_t count = 1;
        for (std::int64_t d : shape) {
            tensor->add_dims(d);
            count *= d;
        }
        tensor->set_raw_data(values, static_cast<std::size_t>(count) * sizeof(float)); // x86/ARM: little-endian
        return name;
    }

    std::string constant(const std::string& name, const torch::Tensor& values)
    {
        const torch::Tensor contiguous = values.to(torch::kFloat32).contiguous();
        return constant(name, std::vector<std::int64_t>(contiguous.sizes().begin(), contiguous.sizes().end()),
                        contiguous.data_ptr<float>());
    }

    onnx::NodeProto* node(const std::string& op, const std::vector<std::string>& inputs, std::string& output)
    {
        onnx::NodeProto* node = m_graph.add_node();
        node->set_op_type(op);
        node->set_name(op + "_" + std::to_string(m_graph.node_size()));
        for (const std::string& input : inputs)
            node->add_input(input);
        if (output.empty())
            output = node->name();
        node->add_output(output);
        return node;
    }

    // The usual case: one output named after the node.
    std::string apply(const std::string& op, const std::vector<std::string>& inputs)
    {
        std::string output;
        node(op, inputs, output);
        return output;
    }

    static void ints(onnx::NodeProto* node, const std::string& name, const std::vector<std::int64_t>& values)
    {
        onnx::AttributeProto* attribute = node->add_attribute();
        attribute->set_name(name);
        attribute->set_type(onnx::AttributeProto::INTS);
        for (std::int64_t v : values)
            attribute->add_ints(v);
    }

    static void integer(onnx::NodeProto* node, const std::string& name, std::int64_t value)
    {
        onnx::AttributeProto* attribute = node->add_attribute();
        attribute->set_name(name);
        attribute->set_type(onnx::AttributeProto::INT);
        attribute->set_i(value);
    }

private:
    onnx::GraphProto& m_graph;
};

void declareTensor(onnx::ValueInfoProto* value, const std::string& name, const std::vector<std::string>& dims)
{
    value->set_name(name);
    onnx::TypeProto_Tensor* type = value->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    for (const std::string& dim : dims) {
        onnx::TensorShapeProto_Dimension* d = type->mutable_shape()->add_dim();
        if (std::all_of(dim.begin(), dim.end(), ::isdigit))
            d->set_dim_value(std::stoll(dim));
        else
            d->set_dim_param(dim);
    }
}

const FloatArray& headArray(const std::vector<NamedArray>& head, const std::string& name)
{
    const auto found = std::find_if(head.begin(), head.end(), [&](const NamedArray& a) { return a.name == name; });
    if (found == head.end())
        throw Error(Message{TL_MESSAGE("onnx-head-parameter-missing", "the model has no head parameter '%1'"), {name}});
    return found->array;
}

// Keras' caffe preprocessing is RGB to BGR, then minus the BGR mean. The channel swap is not in
// the graph: OpenCV's DNN importer (4.6) refuses the Gather it takes, so it is folded into
// block1_conv1 instead (see forOnnx). The mean stays a Sub, in RGB order: folding it into the
// bias too would be wrong along the borders, where the convolution pads zeros after the mean
// is taken.
std::string preprocess(GraphBuilder& graph, const ModelInfo& info)
{
    std::string x;
    GraphBuilder::ints(graph.node("Transpose", {"image"}, x), "perm", {0, 3, 1, 2});
    if (info.preprocessing == "caffe") {
        const float rgbMean[] = {123.68f, 116.779f, 103.939f};
        return graph.apply("Sub", {x, graph.constant("rgb_ordered_bgr_mean", {1, 3, 1, 1}, rgbMean)});
    }
    if (info.preprocessing == "tf") { // x / 127.5 - 1
        const float half[] = {127.5f};
        const float one[] = {1.0f};
        x = graph.apply("Div", {x, graph.constant("half_pixel_range", {1}, half)});
        return graph.apply("Sub", {x, graph.constant("one", {1}, one)});
    }
    const float scale[] = {255.0f};
    const float mean[] = {0.485f, 0.456f, 0.406f};
    const float std[] = {0.229f, 0.224f, 0.225f};
    x = graph.apply("Div", {x, graph.constant("pixel_scale", {1}, scale)});
    x = graph.apply("Sub", {x, graph.constant("rgb_mean", {1, 3, 1, 1}, mean)});
    return graph.apply("Div", {x, graph.constant("rgb_std", {1, 3, 1, 1}, std)});
}

// The network as the graph holds it: for caffe preprocessing, the first convolution reads RGB,
// its kernel's input channels reversed. Exact, zero padding included: a padded zero is zero in
// either channel order.
ConvNetwork forOnnx(const ConvNetwork& network, const ModelInfo& info)
{
    ConvNetwork graphNetwork = network;
    if (info.preprocessing == "caffe")
        graphNetwork.kernels.at(0) = network.kernels.at(0).flip({1}).contiguous();
    return graphNetwork;
}

std::string convolution(GraphBuilder& graph, const LayerPlan& layer, const torch::Tensor& kernel,
                        const torch::Tensor& bias, std::int64_t& side, const std::string& x)
{
    const std::vector<std::int64_t> pad = paddingOf(layer, side, side); // left, right, top, bottom
    side = (side + pad[2] + pad[3] - layer.kernelSize) / layer.stride + 1;
    std::string convolved;
    onnx::NodeProto* node = graph.node(
        "Conv", {x, graph.constant(layer.name + "_kernel", kernel), graph.constant(layer.name + "_bias", bias)},
        convolved);
    GraphBuilder::ints(node, "kernel_shape", {layer.kernelSize, layer.kernelSize});
    GraphBuilder::ints(node, "pads", {pad[2], pad[0], pad[3], pad[1]}); // ONNX: begins, then ends
    GraphBuilder::ints(node, "strides", {layer.stride, layer.stride});
    GraphBuilder::integer(node, "group", layer.groups());
    if (layer.activation == Activation::Relu)
        return graph.apply("Relu", {convolved});
    if (layer.activation == Activation::Relu6) {
        // ReLU6 as relu(x) - relu(x - 6): OpenCV 4.6's importer takes no Clip with min and max
        // inputs (opset 11 on), and this is exact but for the last bit above 6.
        const float six[] = {6.0f};
        const std::string shifted = graph.apply("Sub", {convolved, graph.constant(layer.name + "_six", {1}, six)});
        return graph.apply("Sub", {graph.apply("Relu", {convolved}), graph.apply("Relu", {shifted})});
    }
    return convolved;
}

std::string features(GraphBuilder& graph, const ConvNetwork& network, int imageSize, std::string x)
{
    const std::vector<LayerPlan>& layers = network.plan().layers;
    std::int64_t side = imageSize;
    std::string residual;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerPlan& layer = layers[i];
        if (layer.kind == LayerKind::MaxPool) {
            std::string pooled;
            onnx::NodeProto* node = graph.node("MaxPool", {x}, pooled);
            GraphBuilder::ints(node, "kernel_shape", {2, 2});
            GraphBuilder::ints(node, "strides", {2, 2});
            x = pooled;
            side /= 2;
            continue;
        }
        if (layer.opensResidual)
            residual = x;
        x = convolution(graph, layer, network.kernels.at(i), network.biases.at(i), side, x);
        if (!layer.addLayer.empty())
            x = graph.apply("Add", {x, residual});
    }
    return x;
}

std::string dense(GraphBuilder& graph, const std::vector<NamedArray>& head, const std::string& layer,
                  const std::string& x, std::string output = {})
{
    const FloatArray& weight = headArray(head, layer + ".weight");
    const FloatArray& bias = headArray(head, layer + ".bias");
    onnx::NodeProto* gemm =
        graph.node("Gemm",
                   {x, graph.constant("head_" + layer + "_weight", weight.shape, weight.values.data()),
                    graph.constant("head_" + layer + "_bias", bias.shape, bias.values.data())},
                   output);
    GraphBuilder::integer(gemm, "transB", 1);
    return output;
}

std::string classify(GraphBuilder& graph, const ModelInfo& info, const std::vector<NamedArray>& head, std::string x)
{
    if (info.config.head == HeadType::GlobalAveragePool)
        x = graph.apply("GlobalAveragePool", {x});
    std::string flat;
    GraphBuilder::integer(graph.node("Flatten", {x}, flat), "axis", 1);
    x = flat;
    if (info.config.hiddenUnits > 0) // dropout does nothing at inference
        x = graph.apply("Relu", {dense(graph, head, "hidden", x)});
    std::string probabilities = "probabilities";
    GraphBuilder::integer(graph.node("Softmax", {dense(graph, head, "output", x)}, probabilities), "axis", 1);
    return probabilities;
}

void addMetadata(onnx::ModelProto& model, const std::string& key, const std::string& value)
{
    onnx::StringStringEntryProto* entry = model.add_metadata_props();
    entry->set_key(key);
    entry->set_value(value);
}

} // namespace

void writeOnnxModel(const ConvNetwork& network, const ModelInfo& info, const std::vector<NamedArray>& headParameters,
                    const std::string& path)
{
    onnx::ModelProto model;
    model.set_ir_version(onnx::IR_VERSION);
    model.set_producer_name("TransferLab");
    model.set_model_version(1);
    model.set_doc_string(std::string("Frozen ImageNet ") + backboneSpec(network.backbone).displayName +
                         " with a trained head. Input: RGB 0..255, resized to " +
                         std::to_string(info.config.imageSize) + "x" + std::to_string(info.config.imageSize) +
                         " (bilinear, antialiased). Not a diagnostic device.");
    onnx::OperatorSetIdProto* opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(kOpset);
    addMetadata(model, "class_names", nlohmann::json(info.classes).dump());
    addMetadata(model, "image_size", std::to_string(info.config.imageSize));
    addMetadata(model, "positive_class", std::to_string(info.positiveClass));
    addMetadata(model, "threshold", nlohmann::json(info.result.threshold).dump());
    addMetadata(model, "transferlab_model", modelInfoToJson(info));

    onnx::GraphProto* graph = model.mutable_graph();
    graph->set_name("transferlab_classifier");
    const std::string size = std::to_string(info.config.imageSize);
    declareTensor(graph->add_input(), "image", {"batch", size, size, "3"});
    declareTensor(graph->add_output(), "probabilities", {"batch", std::to_string(info.classes.size())});
    GraphBuilder builder(*graph);
    classify(builder, info, headParameters,
             features(builder, forOnnx(network, info), info.config.imageSize, preprocess(builder, info)));

    try {
        onnx::checker::check_model(model);
    } catch (const std::exception& e) {
        throw Error(Message{TL_MESSAGE("onnx-check-failed", "the ONNX graph failed ONNX's checker: %1"), {e.what()}});
    }
    std::string bytes;
    if (!model.SerializeToString(&bytes))
        throw Error(Message{TL_MESSAGE("onnx-cannot-serialise",
                                       "the ONNX model could not be serialised (is it over protobuf's 2 GB limit?)"),
                            {}});
    writeFileAtomically(path, bytes);
}

} // namespace tl
