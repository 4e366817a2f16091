#include "ModelFile.h"

#include "AtomicFile.h"
#include "Error.h"
#include "FileKind.h"
#include "FineTuning.h"
#include "Hashing.h"
#include "Hdf5File.h"
#include "Head.h"
#include "ModelHead.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>

namespace tl {
namespace {

constexpr const char* kMetadataDataset = "/transferlab_model";  // version 2
constexpr const char* kMetadataAttribute = "transferlab_model"; // version 1, on "/"
// The version 2 header (see ModelFile.h): the HDF5 user block, whose size must be a power of two
// of at least 512.
constexpr std::size_t kHeaderBytes = 512;
constexpr const char* kHeaderMagic = "TransferLab model\nformat 2\nsha256 ";
constexpr std::size_t kFingerprintDigits = 64;

bool hasHeader(const std::string& image)
{
    return image.compare(0, std::strlen(kHeaderMagic), kHeaderMagic) == 0;
}

std::string storedFingerprint(const std::string& image)
{
    return image.substr(std::strlen(kHeaderMagic), kFingerprintDigits);
}

// The SHA-256 of everything after the header; of nothing when the file ends inside it.
std::string contentFingerprint(const std::string& image)
{
    const std::size_t start = std::min(image.size(), kHeaderBytes);
    return sha256Hex(image.data() + start, image.size() - start);
}
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
            {"grouping", data.grouping},
            {"groups", data.groups},
            {"images_per_class", {{"train", data.train}, {"validation", data.validation}, {"test", data.test}}}};
}

DataSummary dataSummaryFromJson(const nlohmann::json& json)
{
    DataSummary data;
    data.name = json.value("name", "");
    data.fingerprint = json.value("fingerprint", "");
    data.grouping = json.value("grouping", ""); // absent before grouped splits
    data.groups = json.value("groups", std::size_t{0});
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
         {{"architecture", std::string(toString(info.config.backbone)) + "-notop"},
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
        // Version 1's metadata is version 2's: only where the file keeps it changed.
        check(metadata.at("format_version") == 1 || metadata.at("format_version") == kModelFormatVersion, source,
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

std::string saveModelFile(const std::string& path, const ModelFile& model)
{
    Hdf5File file(path, Hdf5File::Mode::Create, kHeaderBytes);
    file.writeBytes(kMetadataDataset, modelInfoToJson(model.info));
    for (const NamedArray& parameter : model.headParameters)
        file.writeFloats("/head/" + parameter.name, parameter.array.shape, parameter.array.values.data());
    for (const NamedArray& parameter : model.tunedParameters)
        file.writeFloats("/block5/" + parameter.name /* the group VGG16 named */, parameter.array.shape,
                         parameter.array.values.data());
    std::string image = std::string(kHeaderBytes, '\0') + file.image();
    const std::string fingerprint = contentFingerprint(image);
    const std::string header = std::string(kHeaderMagic) + fingerprint + "\n";
    image.replace(0, header.size(), header);
    writeFileAtomically(path, image);
    return fingerprint;
}

ModelFile loadModelFile(const std::string& path)
{
    requireRegularFile(path, TL_MESSAGE("file-role", "model"));
    // Read in one block (a model with a fine-tuned block 5 holds tens of MB). A file that cannot be
    // read is an empty image, which fromImage() refuses as "not an HDF5 file".
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string image(in ? static_cast<std::size_t>(in.tellg()) : 0, '\0');
    in.seekg(0);
    in.read(image.data(), static_cast<std::streamsize>(image.size()));
    image.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    if (hasHeader(image) && contentFingerprint(image) != storedFingerprint(image))
        throw Error(Message{
            TL_MESSAGE("model-damaged", "the model file '%1' is damaged (its content does not match its fingerprint)"),
            {path}});
    return parseModelImage(image, path);
}

ModelFile parseModelImage(const std::string& image, const std::string& source)
{
    const std::unique_ptr<Hdf5File> file = Hdf5File::fromImage(source, image);
    ModelFile model;
    if (hasHeader(image)) {
        check(file->exists(kMetadataDataset), source,
              Message{TL_MESSAGE("model-no-metadata", "it has no TransferLab metadata"), {}});
        model.info = modelInfoFromJson(file->readBytes(kMetadataDataset), source);
        model.info.fingerprint = storedFingerprint(image);
    } else {
        check(file->hasAttribute("/", kMetadataAttribute), source,
              Message{TL_MESSAGE("model-no-metadata", "it has no TransferLab metadata"), {}});
        model.info = modelInfoFromJson(file->readStringAttribute("/", kMetadataAttribute), source);
    }
    auto readArrays = [&](const std::string& group, const std::vector<ArrayShape>& shapes, const MessageText& missing,
                          const MessageText& wrongShape) {
        std::vector<NamedArray> arrays;
        for (const ArrayShape& expected : shapes) {
            const std::string dataset = group + expected.name;
            check(file->exists(dataset), source, Message{missing, {expected.name}});
            check(file->datasetShape(dataset) == expected.shape, source, Message{wrongShape, {expected.name}});
            arrays.push_back({expected.name, file->readFloats(dataset)});
        }
        return arrays;
    };
    model.headParameters = readArrays(
        "/head/", headParameterShapes(headSpecFor(model.info)),
        TL_MESSAGE("model-head-parameter-missing", "the head parameter '%1' is missing"),
        TL_MESSAGE("model-head-parameter-shape", "the head parameter '%1' does not match the configuration"));
    if (model.info.config.fineTuneEpochs > 0)
        model.tunedParameters =
            readArrays("/block5/", tunedArrayShapes(model.info.config.backbone),
                       TL_MESSAGE("model-block5-missing", "the fine-tuned weights '%1' are missing"),
                       TL_MESSAGE("model-block5-shape", "the fine-tuned weights '%1' have the wrong shape"));
    return model;
}

std::string setModelThreshold(const std::string& path, double threshold)
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
    return saveModelFile(path, model);
}

} // namespace tl
