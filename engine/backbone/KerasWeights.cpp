#include "KerasWeights.h"

#include "Error.h"
#include "Hdf5File.h"

namespace tl {
namespace {

// Full-model files keep the weights one group down.
std::string weightsRoot(const Hdf5File& file)
{
    if (file.hasAttribute("/", "layer_names"))
        return "/";
    if (file.hasAttribute("/model_weights", "layer_names"))
        return "/model_weights/";
    throw Error(Message{TL_MESSAGE("keras-no-layer-names",
                                   "'%1' is an HDF5 file but not Keras weights: it has no 'layer_names' attribute"),
                        {file.path()}});
}

std::vector<std::string> weightNamesFor(KerasNaming naming, const KerasLayerWeights& layer)
{
    std::vector<std::string> roles = layer.weightNames;
    if (roles.empty())
        roles = {"kernel", "bias"};
    roles.resize(layer.arrays.size());
    std::vector<std::string> names;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const std::string role = roles[i].empty() ? "extra_" + std::to_string(i) : roles[i];
        if (naming == KerasNaming::Modern)
            names.push_back(layer.name + "/" + role + ":0");
        else // Keras 1 called the kernel W and the bias b
            names.push_back(layer.name + "_" + (role == "kernel" ? "W_1" : role == "bias" ? "b_1" : role) + ":0");
    }
    return names;
}

} // namespace

std::vector<KerasLayerWeights> readKerasWeights(const std::string& path)
{
    const Hdf5File file(path, Hdf5File::Mode::Read);
    const std::string root = weightsRoot(file);
    std::vector<KerasLayerWeights> layers;
    for (const std::string& layerName : file.readStringArrayAttribute(root, "layer_names")) {
        const std::string group = root + layerName;
        if (!file.hasAttribute(group, "weight_names"))
            throw Error(Message{
                TL_MESSAGE("keras-layer-incomplete",
                           "layer '%1' is listed in '%2' but its group or its 'weight_names' attribute is missing"),
                {layerName, path}});
        KerasLayerWeights layer{layerName, {}, {}};
        for (const std::string& weightName : file.readStringArrayAttribute(group, "weight_names"))
            layer.arrays.push_back(file.readFloats(group + "/" + weightName));
        layers.push_back(std::move(layer));
    }
    return layers;
}

void writeKerasWeights(const std::string& path, const std::vector<KerasLayerWeights>& layers, KerasNaming naming,
                       const std::map<std::string, std::string>& rootAttributes)
{
    Hdf5File file(path, Hdf5File::Mode::Create);
    std::vector<std::string> layerNames;
    for (const KerasLayerWeights& layer : layers)
        layerNames.push_back(layer.name);
    file.writeStringArrayAttribute("/", "layer_names", layerNames);
    file.writeStringAttribute("/", "backend", "tensorflow");
    file.writeStringAttribute("/", "keras_version", naming == KerasNaming::Modern ? "2.2.4" : "1.2.2");
    for (const auto& [name, value] : rootAttributes)
        file.writeStringAttribute("/", name, value);
    for (const KerasLayerWeights& layer : layers) {
        file.createGroup("/" + layer.name);
        const std::vector<std::string> names = weightNamesFor(naming, layer);
        file.writeStringArrayAttribute("/" + layer.name, "weight_names", names);
        for (std::size_t i = 0; i < names.size(); ++i)
            file.writeFloats("/" + layer.name + "/" + names[i], layer.arrays[i].shape, layer.arrays[i].values.data());
    }
    file.save();
}

} // namespace tl
