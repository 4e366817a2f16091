#include "ModelFile.h"

#include "AtomicFile.h"
#include "Error.h"
#include "Head.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tl {
namespace {

constexpr const char* kMetadataAttribute = "transferlab_model";
constexpr int kMaxClasses = 10000;

nlohmann::json historyJson(const std::vector<EpochReport>& history)
{
    nlohmann::json json = nlohmann::json::array();
    for (const EpochReport& e : history)
        json.push_back(
            {{"epoch", e.epoch},
             {"train_loss", e.trainLoss},
             {"train_accuracy", e.trainAccuracy},
             {"validation_loss", std::isnan(e.validationLoss) ? nlohmann::json() : nlohmann::json(e.validationLoss)},
             {"validation_accuracy",
              std::isnan(e.validationAccuracy) ? nlohmann::json() : nlohmann::json(e.validationAccuracy)},
             {"learning_rate", e.learningRate}});
    return json;
}

double numberOrNan(const nlohmann::json& value)
{
    return value.is_number() ? value.get<double>() : std::nan("");
}

std::vector<EpochReport> historyFromJson(const nlohmann::json& json)
{
    std::vector<EpochReport> history;
    for (const auto& e : json)
        history.push_back({e.at("epoch"), e.at("train_loss"), e.at("train_accuracy"),
                           numberOrNan(e.at("validation_loss")), numberOrNan(e.at("validation_accuracy")),
                           e.at("learning_rate")});
    return history;
}

void check(bool condition, const std::string& path, const std::string& problem)
{
    if (!condition)
        throw Error("'" + path + "' is not a valid TransferLab model: " + problem);
}

} // namespace

void saveModelFile(const std::string& path, const ModelFile& model)
{
    nlohmann::json metadata = {
        {"format_version", kModelFormatVersion},
        {"classes", model.info.classes},
        {"config", nlohmann::json::parse(toJson(model.info.config))},
        {"preprocessing", model.info.preprocessing},
        {"backbone_precision", toString(model.info.backbonePrecision)},
        {"image_size", model.info.config.imageSize},
        {"feature_shape", model.info.featureShape},
        {"backbone",
         {{"architecture", "vgg16-notop"},
          {"fingerprint", model.info.backboneFingerprint},
          {"path", model.info.backbonePath}}},
        {"positive_class", model.info.positiveClass},
        {"threshold", model.info.threshold},
        {"history", historyJson(model.info.history)},
        {"best_epoch", model.info.bestEpoch},
        {"created_at", model.info.createdAt},
    };
    if (model.info.validation)
        metadata["validation_metrics"] = nlohmann::json::parse(toJson(*model.info.validation));
    if (model.info.test)
        metadata["test_metrics"] = nlohmann::json::parse(toJson(*model.info.test));
    AtomicFile atomic(path);
    {
        Hdf5File file(atomic.temporaryPath(), Hdf5File::Mode::Create);
        file.writeStringAttribute("/", kMetadataAttribute, metadata.dump());
        for (const NamedArray& parameter : model.headParameters)
            file.writeFloats("/head/" + parameter.name, parameter.array.shape, parameter.array.values.data());
    }
    atomic.commit();
}

ModelFile loadModelFile(const std::string& path)
{
    const Hdf5File file(path, Hdf5File::Mode::Read);
    check(file.hasAttribute("/", kMetadataAttribute), path, "it has no TransferLab metadata");
    ModelFile model;
    try {
        const nlohmann::json metadata = nlohmann::json::parse(file.readStringAttribute("/", kMetadataAttribute));
        check(metadata.at("format_version") == kModelFormatVersion, path,
              "it was written by an incompatible version (format " + metadata.at("format_version").dump() + ")");
        model.info.classes = metadata.at("classes").get<std::vector<std::string>>();
        model.info.config = trainConfigFromJson(metadata.at("config").dump());
        model.info.preprocessing = metadata.at("preprocessing");
        model.info.backbonePrecision = precisionFromString(metadata.value("backbone_precision", "fp32"));
        model.info.featureShape = metadata.at("feature_shape").get<std::vector<std::int64_t>>();
        model.info.backboneFingerprint = metadata.at("backbone").at("fingerprint");
        model.info.backbonePath = metadata.at("backbone").value("path", "");
        model.info.positiveClass = metadata.at("positive_class");
        model.info.threshold = metadata.at("threshold");
        model.info.history = historyFromJson(metadata.at("history"));
        model.info.bestEpoch = metadata.value("best_epoch", -1);
        model.info.createdAt = metadata.value("created_at", "");
        if (metadata.contains("validation_metrics"))
            model.info.validation = evaluationFromJson(metadata.at("validation_metrics").dump());
        if (metadata.contains("test_metrics"))
            model.info.test = evaluationFromJson(metadata.at("test_metrics").dump());
    } catch (const nlohmann::json::exception& e) {
        check(false, path, std::string("its metadata is damaged (") + e.what() + ")");
    }
    check(model.info.classes.size() >= 2 && model.info.classes.size() <= kMaxClasses, path,
          "it names " + std::to_string(model.info.classes.size()) + " classes");
    check(model.info.featureShape.size() == 3 && model.info.featureShape[0] > 0 &&
              model.info.featureShape[0] <= 65536 && model.info.featureShape[1] > 0 &&
              model.info.featureShape[1] <= 64 && model.info.featureShape[2] > 0 && model.info.featureShape[2] <= 64,
          path, "its feature shape is out of range");
    check(model.info.positiveClass >= 0 && model.info.positiveClass < static_cast<int>(model.info.classes.size()), path,
          "its positive class is out of range");
    check(model.info.threshold >= 0.0 && model.info.threshold <= 1.0, path, "its threshold is outside 0..1");
    validate(model.info.config);
    Head reference(headSpecFor(model.info));
    for (const auto& parameter : reference->named_parameters()) {
        const std::string dataset = "/head/" + parameter.key();
        check(file.exists(dataset), path, "the head parameter '" + parameter.key() + "' is missing");
        const std::vector<std::int64_t> expected(parameter.value().sizes().begin(), parameter.value().sizes().end());
        check(file.datasetShape(dataset) == expected, path,
              "the head parameter '" + parameter.key() + "' does not match the configuration");
        model.headParameters.push_back({parameter.key(), file.readFloats(dataset)});
    }
    return model;
}

} // namespace tl
