#include "Head.h"

#include "Error.h"

#include <algorithm>

namespace tl {

HeadImpl::HeadImpl(const HeadSpec& spec) : m_spec(spec)
{
    std::int64_t width = spec.inputSize();
    if (spec.hiddenUnits > 0) {
        m_hidden = register_module("hidden", torch::nn::Linear(width, spec.hiddenUnits));
        m_dropout = register_module("dropout", torch::nn::Dropout(spec.dropout));
        width = spec.hiddenUnits;
    }
    m_output = register_module("output", torch::nn::Linear(width, spec.classes));
}

HeadSpec headSpecFor(const TrainConfig& config, const std::vector<std::int64_t>& featureShape, int classes)
{
    HeadSpec spec;
    spec.type = config.head;
    spec.channels = featureShape.at(0);
    spec.height = featureShape.at(1);
    spec.width = featureShape.at(2);
    spec.hiddenUnits = config.hiddenUnits;
    spec.dropout = config.dropout;
    spec.classes = classes;
    return spec;
}

torch::Tensor HeadImpl::forward(torch::Tensor x)
{
    if (m_inputMean.defined())
        x = (x - m_inputMean) / m_inputScale;
    x = m_spec.type == HeadType::Flatten ? x.flatten(1) : x.mean({2, 3});
    if (m_hidden)
        x = m_dropout(torch::relu(m_hidden(x)));
    return m_output(x);
}

void HeadImpl::divideLogitsBy(double temperature)
{
    torch::NoGradGuard noGrad;
    m_output->weight.div_(temperature);
    m_output->bias.div_(temperature);
}

void HeadImpl::normaliseInputs(const torch::Tensor& mean, double scale)
{
    m_inputMean = mean.to(torch::kFloat32);
    m_inputScale = scale;
}

void HeadImpl::foldInputNormalisation()
{
    if (!m_inputMean.defined())
        return;
    torch::NoGradGuard noGrad;
    torch::nn::Linear& first = m_hidden ? m_hidden : m_output;
    const torch::Tensor weight = first->weight.to(torch::kFloat64) / m_inputScale;
    const torch::Tensor bias =
        first->bias.to(torch::kFloat64) - weight.matmul(m_inputMean.flatten().to(torch::kFloat64));
    first->weight.copy_(weight);
    first->bias.copy_(bias);
    m_inputMean = torch::Tensor();
    m_inputScale = 1.0;
}

std::vector<NamedArray> HeadImpl::exportParameters() const
{
    std::vector<NamedArray> arrays;
    for (const auto& parameter : named_parameters()) {
        const torch::Tensor values = parameter.value().detach().to(torch::kCPU, torch::kFloat32).contiguous();
        NamedArray named{parameter.key(), {}};
        named.array.shape.assign(values.sizes().begin(), values.sizes().end());
        named.array.values.assign(values.data_ptr<float>(), values.data_ptr<float>() + values.numel());
        arrays.push_back(std::move(named));
    }
    return arrays;
}

void HeadImpl::importParameters(const std::vector<NamedArray>& arrays, const std::string& source)
{
    auto parameters = named_parameters();
    for (const auto& parameter : parameters) {
        const auto found =
            std::find_if(arrays.begin(), arrays.end(), [&](const NamedArray& a) { return a.name == parameter.key(); });
        if (found == arrays.end())
            throw Error(Message{TL_MESSAGE("head-parameter-missing", "'%1' is missing the head parameter '%2'"),
                                {source, parameter.key()}});
        const std::vector<std::int64_t> expected(parameter.value().sizes().begin(), parameter.value().sizes().end());
        if (found->array.shape != expected)
            throw Error(
                Message{TL_MESSAGE("head-parameter-shape",
                                   "'%1': head parameter '%2' has the wrong shape for this model's configuration"),
                        {source, parameter.key()}});
    }
    if (arrays.size() != parameters.size())
        throw Error(Message{TL_MESSAGE("head-parameter-count", "'%1' holds %2 head parameters, expected %3"),
                            {source, std::to_string(arrays.size()), std::to_string(parameters.size())}});
    torch::NoGradGuard noGrad;
    for (const NamedArray& named : arrays)
        parameters[named.name].copy_(
            torch::from_blob(const_cast<float*>(named.array.values.data()), named.array.shape, torch::kFloat32));
}

std::vector<ArrayShape> headParameterShapes(const HeadSpec& spec)
{
    std::vector<ArrayShape> shapes;
    std::int64_t width = spec.inputSize();
    if (spec.hiddenUnits > 0) { // as the constructor registers them: hidden, then output
        shapes.push_back({"hidden.weight", {spec.hiddenUnits, width}});
        shapes.push_back({"hidden.bias", {spec.hiddenUnits}});
        width = spec.hiddenUnits;
    }
    shapes.push_back({"output.weight", {spec.classes, width}});
    shapes.push_back({"output.bias", {spec.classes}});
    return shapes;
}

Head copyHead(const Head& head)
{
    Head copy(head->spec());
    copy->importParameters(head->exportParameters(), "head copy");
    copy->m_inputMean = head->m_inputMean;
    copy->m_inputScale = head->m_inputScale;
    return copy;
}

} // namespace tl
