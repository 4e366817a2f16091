#include "ModelFile.h"

#include "Error.h"
#include "FineTuning.h"
#include "Hdf5File.h"
#include "Head.h"
#include "ModelHead.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tl {
namespace {

constexpr const char* kMetadataAttribute = "transferlab_model";
constexpr int kMaxClasses = 10000;

void check(bool condition, const std::string& source, const Message& problem)
{
    if (!condition)
        throw Error(
            Message{TL_MESSAGE("model-invalid", "'%1' is not a valid TransferLab model: %2"), {source, problem}});
}

nlohmann::json dataSummaryJson(const DataSummary& data)
{
    return {{"name", data.name},
            {"fingerprint", data.fingerprint},
            {"images_per_class", {{"train", data.train}, {"validation", data.validation}, {"test", data.test}}}};
}

DataSummary dataSummaryFromJson(const nlohmann::json& json)
{
    DataSummary data;
    data.name = json.value("name", "");
    data.fingerprint = json.value("fingerprint", "");
    const nlohmann::json& counts = json.at("images_per_class");
    data.train = counts.at("train").get<std::vector<int>>();
    data.validation = counts.at("validation").get<std::vector<int>>();
    data.test = counts.at("test").get<std::vector<int>>();
    return data;
}

} // namespace

std::string modelInfoToJson(const ModelInfo& info)
{
    nlohmann::json metadata = nlohmann::json::parse(toJson(info.result));
    metadata.update({
        {"format_version", kModelFormatVersion},
        {"classes", info.classes},
        {"config", nlohmann::json::parse(toJson(info.config))},
        {"preprocessing", info.preprocessing},
        {"backbone_precision", toString(info.backbonePrecision)},
        {"image_size", info.config.imageSize},
        {"feature_shape", info.featureShape},
        {"backbone",
         {{"architecture", "vgg16-notop"},
          {"fingerprint", info.backboneFingerprint},
          {"path", info.backbonePath},
          {"demo_weights", info.demoWeights}}},
        {"positive_class", info.positiveClass},
        {"created_at", info.createdAt},
        {"data", dataSummaryJson(info.data)},
    });
    if (info.int8Calibration)
        metadata["backbone"]["int8_calibration"] = nlohmann::json::parse(toJson(*info.int8Calibration));
    return metadata.dump();
}

ModelInfo modelInfoFromJson(const std::string& json, const std::string& source)
{
    ModelInfo info;
    try {
        nlohmann::json metadata = nlohmann::json::parse(json);
        // Files written before the run result had its one writer called the evaluations *_metrics.
        for (const std::string key : {"frozen_validation", "validation", "test"})
            if (metadata.contains(key + "_metrics") && !metadata.contains(key))
                metadata[key] = metadata.at(key + "_metrics");
        check(metadata.at("format_version") == kModelFormatVersion, source,
              Message{TL_MESSAGE("model-incompatible-version", "it was written by an incompatible version (format %1)"),
                      {metadata.at("format_version").dump()}});
        check(metadata.contains("threshold") && metadata.contains("history"), source,
              Message{TL_MESSAGE("model-no-training-result", "its metadata is damaged (no training result)"), {}});
        try {
            info.result = runResultFromJson(metadata.dump());
        } catch (const Error& e) {
            check(false, source, messageOf(e));
        }
        info.classes = metadata.at("classes").get<std::vector<std::string>>();
        info.config = trainConfigFromJson(metadata.at("config").dump());
        info.preprocessing = metadata.at("preprocessing");
        info.backbonePrecision = precisionFromString(metadata.value("backbone_precision", "fp32"));
        info.featureShape = metadata.at("feature_shape").get<std::vector<std::int64_t>>();
        info.backboneFingerprint = metadata.at("backbone").at("fingerprint");
        info.backbonePath = metadata.at("backbone").value("path", "");
        info.demoWeights = metadata.at("backbone").value("demo_weights", false);
        if (metadata.at("backbone").contains("int8_calibration"))
            info.int8Calibration = int8CalibrationFromJson(metadata.at("backbone").at("int8_calibration").dump());
        check(info.backbonePrecision != Precision::Int8 || info.int8Calibration, source,
              Message{TL_MESSAGE("model-int8-without-calibration", "its features are int8 but it has no calibration"),
                      {}});
        info.positiveClass = metadata.at("positive_class");
        info.createdAt = metadata.value("created_at", "");
        if (metadata.contains("data"))
            info.data = dataSummaryFromJson(metadata.at("data"));
    } catch (const nlohmann::json::exception& e) {
        check(false, source, Message{TL_MESSAGE("model-metadata-damaged", "its metadata is damaged (%1)"), {e.what()}});
    }
    check(info.classes.size() >= 2 && info.classes.size() <= kMaxClasses, source,
          Message{TL_MESSAGE("model-class-count", "it names %1 classes"), {std::to_string(info.classes.size())}});
    check(info.featureShape.size() == 3 && info.featureShape[0] > 0 && info.featureShape[0] <= 65536 &&
              info.featureShape[1] > 0 && info.featureShape[1] <= 64 && info.featureShape[2] > 0 &&
              info.featureShape[2] <= 64,
          source, Message{TL_MESSAGE("model-feature-shape", "its feature shape is out of range"), {}});
    check(info.positiveClass >= 0 && info.positiveClass < static_cast<int>(info.classes.size()), source,
          Message{TL_MESSAGE("model-positive-class", "its positive class is out of range"), {}});
    check(info.result.threshold >= 0.0 && info.result.threshold <= 1.0, source,
          Message{TL_MESSAGE("model-threshold-range", "its threshold is outside 0..1"), {}});
    check(info.result.temperature > 0.0 && info.result.temperature <= 1000.0, source,
          Message{TL_MESSAGE("model-temperature-range", "its temperature is outside (0, 1000]"), {}});
    validate(info.config);
    return info;
}

void saveModelFile(const std::string& path, const ModelFile& model)
{
    Hdf5File file(path, Hdf5File::Mode::Create);
    file.writeStringAttribute("/", kMetadataAttribute, modelInfoToJson(model.info));
    for (const NamedArray& parameter : model.headParameters)
        file.writeFloats("/head/" + parameter.name, parameter.array.shape, parameter.array.values.data());
    for (const NamedArray& parameter : model.block5Parameters)
        file.writeFloats("/block5/" + parameter.name, parameter.array.shape, parameter.array.values.data());
    file.save();
}

ModelFile loadModelFile(const std::string& path)
{
    const Hdf5File file(path, Hdf5File::Mode::Read);
    check(file.hasAttribute("/", kMetadataAttribute), path,
          Message{TL_MESSAGE("model-no-metadata", "it has no TransferLab metadata"), {}});
    ModelFile model;
    model.info = modelInfoFromJson(file.readStringAttribute("/", kMetadataAttribute), path);
    for (const ArrayShape& expected : headParameterShapes(headSpecFor(model.info))) {
        const std::string dataset = "/head/" + expected.name;
        check(
            file.exists(dataset), path,
            Message{TL_MESSAGE("model-head-parameter-missing", "the head parameter '%1' is missing"), {expected.name}});
        check(file.datasetShape(dataset) == expected.shape, path,
              Message{
                  TL_MESSAGE("model-head-parameter-shape", "the head parameter '%1' does not match the configuration"),
                  {expected.name}});
        model.headParameters.push_back({expected.name, file.readFloats(dataset)});
    }
    if (model.info.config.fineTuneEpochs > 0)
        for (const ArrayShape& expected : block5ArrayShapes()) {
            const std::string dataset = "/block5/" + expected.name;
            check(file.exists(dataset), path,
                  Message{TL_MESSAGE("model-block5-missing", "the fine-tuned weights '%1' are missing"),
                          {expected.name}});
            check(file.datasetShape(dataset) == expected.shape, path,
                  Message{TL_MESSAGE("model-block5-shape", "the fine-tuned weights '%1' have the wrong shape"),
                          {expected.name}});
            model.block5Parameters.push_back({expected.name, file.readFloats(dataset)});
        }
    return model;
}

void setModelThreshold(const std::string& path, double threshold)
{
    ModelFile model = loadModelFile(path);
    if (model.info.classes.size() != 2)
        throw Error(
            Message{TL_MESSAGE("threshold-needs-two-classes", "'%1' has %2 classes: a decision threshold needs two"),
                    {path, std::to_string(model.info.classes.size())}});
    if (threshold < 0.0 || threshold > 1.0)
        throw Error(
            Message{TL_MESSAGE("threshold-out-of-range", "the decision threshold must be between 0 and 1"), {}});
    model.info.result.threshold = threshold;
    saveModelFile(path, model);
}

} // namespace tl
