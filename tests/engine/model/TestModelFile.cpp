#include "Error.h"
#include "ErrorMessage.h"
#include "Fixtures.h"
#include "Hashing.h"
#include "Hdf5File.h"
#include "Head.h"
#include "ModelFile.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace tl;

namespace {

ModelFile tinyModel()
{
    ModelFile model;
    model.info.classes = {"benign", "malignant"};
    model.info.config.head = HeadType::GlobalAveragePool;
    model.info.featureShape = {4, 1, 1};
    model.info.backboneFingerprint = "abc";
    model.info.result.history = {{0, 0.7, 0.5, 0.6, 0.55, 1e-3}};
    model.headParameters = {{"output.weight", {{2, 4}, {1, 2, 3, 4, 5, 6, 7, 8}}},
                            {"output.bias", {{2}, {0.5f, -0.5f}}}};
    return model;
}

std::string errorOf(const std::string& path)
{
    return fixtures::errorMessageOf([&] { loadModelFile(path); });
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// A model file as format 1 wrote it: plain HDF5, the metadata in an attribute of "/".
void saveVersion1(const std::string& path, const ModelFile& model)
{
    nlohmann::json metadata = nlohmann::json::parse(modelInfoToJson(model.info));
    metadata["format_version"] = 1;
    Hdf5File file(path, Hdf5File::Mode::Create);
    file.writeStringAttribute("/", "transferlab_model", metadata.dump());
    for (const NamedArray& parameter : model.headParameters)
        file.writeFloats("/head/" + parameter.name, parameter.array.shape, parameter.array.values.data());
    file.save();
}

} // namespace

TEST(ModelFile, RoundTripsEverything)
{
    const std::string dir = fixtures::makeTempDir("tl-model");
    saveModelFile(dir + "/m.tlmodel", tinyModel());
    const ModelFile loaded = loadModelFile(dir + "/m.tlmodel");
    EXPECT_EQ(loaded.info.classes, tinyModel().info.classes);
    EXPECT_EQ(loaded.info.config.head, HeadType::GlobalAveragePool);
    EXPECT_EQ(loaded.info.backboneFingerprint, "abc");
    ASSERT_EQ(loaded.info.result.history.size(), 1u);
    EXPECT_DOUBLE_EQ(loaded.info.result.history[0].validationAccuracy, 0.55);
    ASSERT_EQ(loaded.headParameters.size(), 2u);
    EXPECT_EQ(loaded.headParameters[0].name, "output.weight");
    EXPECT_EQ(loaded.headParameters[0].array.values[7], 8.0f);
    std::filesystem::remove_all(dir);
}

TEST(ModelFile, DamagedOrForeignFilesAreRefusedClearly)
{
    const std::string dir = fixtures::makeTempDir("tl-model");
    std::ofstream(dir + "/text.tlmodel") << "hello";
    EXPECT_NE(errorOf(dir + "/text.tlmodel").find("is not an HDF5 file"), std::string::npos);

    fixtures::writeSeededVgg16Weights(dir + "/weights.h5", 1);
    EXPECT_NE(errorOf(dir + "/weights.h5").find("has no TransferLab metadata"), std::string::npos);

    ModelFile mismatched = tinyModel();
    mismatched.headParameters[0].array = {{2, 3}, {1, 2, 3, 4, 5, 6}};
    saveModelFile(dir + "/shape.tlmodel", mismatched);
    EXPECT_NE(errorOf(dir + "/shape.tlmodel").find("'output.weight' does not match the configuration"),
              std::string::npos);

    saveModelFile(dir + "/cut.tlmodel", tinyModel());
    std::filesystem::resize_file(dir + "/cut.tlmodel", 1000);
    EXPECT_NE(errorOf(dir + "/cut.tlmodel"), "(no error)");
    std::filesystem::remove_all(dir);
}

// The expected arrays are worked out, not taken from a head built for the claim: a model whose
// metadata claims a head of petabytes (65536 hidden units on 65536x64x64 features) is refused
// with the clear message, without trying to allocate it (the model fuzzer found the allocation).
TEST(ModelFile, AHugeClaimedHeadIsRefusedBeforeItIsBuilt)
{
    const std::string dir = fixtures::makeTempDir("tl-model");
    ModelFile claims = tinyModel();
    claims.info.config.head = HeadType::Flatten;
    claims.info.config.hiddenUnits = 65536;
    claims.info.featureShape = {65536, 64, 64};
    saveModelFile(dir + "/huge.tlmodel", claims);
    EXPECT_EQ(errorOf(dir + "/huge.tlmodel"),
              "'" + dir +
                  "/huge.tlmodel' is not a valid TransferLab model: the head parameter 'hidden.weight' is missing");

    // The worked-out shapes are the ones a real head has, with and without a hidden layer.
    for (const int hidden : {0, 3}) {
        const HeadSpec spec{HeadType::Flatten, 4, 2, 1, hidden, 0.5, 3};
        std::vector<ArrayShape> built;
        for (const auto& parameter : Head(spec)->named_parameters())
            built.push_back({parameter.key(), {parameter.value().sizes().begin(), parameter.value().sizes().end()}});
        const std::vector<ArrayShape> worked = headParameterShapes(spec);
        ASSERT_EQ(worked.size(), built.size());
        for (std::size_t i = 0; i < built.size(); ++i) {
            EXPECT_EQ(worked[i].name, built[i].name);
            EXPECT_EQ(worked[i].shape, built[i].shape) << built[i].name;
        }
    }
    std::filesystem::remove_all(dir);
}

TEST(ModelFile, ItsFingerprintIsTheSha256OfItsContentAfterTheHeader)
{
    const std::string dir = fixtures::makeTempDir("tl-model");
    const std::string path = dir + "/m.tlmodel";
    const std::string written = saveModelFile(path, tinyModel());
    const std::string bytes = readAll(path);
    ASSERT_EQ(written.size(), 64u);
    EXPECT_EQ(written, sha256Hex(bytes.data() + 512, bytes.size() - 512));
    EXPECT_EQ(bytes.substr(0, 99), "TransferLab model\nformat 2\nsha256 " + written + "\n");
    EXPECT_EQ(loadModelFile(path).info.fingerprint, written);

    ModelFile changed = tinyModel(); // any change to the weights or the metadata is another model
    changed.info.result.threshold = 0.4;
    EXPECT_NE(saveModelFile(dir + "/other.tlmodel", changed), written);
    // The same model is the same file whenever it is saved: HDF5's object times are left out.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    EXPECT_EQ(saveModelFile(dir + "/again.tlmodel", tinyModel()), written);
    EXPECT_EQ(readAll(dir + "/again.tlmodel"), bytes);
    std::filesystem::remove_all(dir);
}

// A clinical model must not answer when its content is not what was saved: the head bias moved by
// 0.5, as a damaged disk or a careless script would, is refused before HDF5 reads the file; so is
// any byte changed after the header, a cut file and an edited fingerprint.
TEST(ModelFile, AChangedByteIsRefusedAsDamage)
{
    const std::string dir = fixtures::makeTempDir("tl-model");
    const std::string path = dir + "/m.tlmodel";
    saveModelFile(path, tinyModel());
    const std::string bytes = readAll(path);
    const std::string damaged = "the model file '" + path + "' is damaged (its content does not match its fingerprint)";

    const float bias = 0.5f, edited = 1.0f; // output.bias[0]
    const std::string biasBytes(reinterpret_cast<const char*>(&bias), 4);
    const std::size_t at = bytes.find(biasBytes, 512);
    ASSERT_NE(at, std::string::npos);
    std::string biasEdited = bytes;
    biasEdited.replace(at, 4, std::string(reinterpret_cast<const char*>(&edited), 4));
    writeAll(path, biasEdited);
    EXPECT_EQ(errorOf(path), damaged);

    for (const std::size_t offset : {std::size_t{512}, bytes.size() / 2, bytes.size() - 1}) {
        std::string flipped = bytes;
        flipped[offset] = static_cast<char>(flipped[offset] ^ 0x01);
        writeAll(path, flipped);
        EXPECT_EQ(errorOf(path), damaged) << offset;
    }
    writeAll(path, bytes.substr(0, bytes.size() - 100));
    EXPECT_EQ(errorOf(path), damaged);
    std::string fingerprintEdited = bytes;
    fingerprintEdited[40] = fingerprintEdited[40] == 'a' ? 'b' : 'a';
    writeAll(path, fingerprintEdited);
    EXPECT_EQ(errorOf(path), damaged);

    writeAll(path, bytes); // the original opens again
    EXPECT_EQ(errorOf(path), "(no error)");
    std::filesystem::remove_all(dir);
}

TEST(ModelFile, AHistoryOfAnyLengthIsSaved)
{
    const std::string dir = fixtures::makeTempDir("tl-model");
    ModelFile model = tinyModel();
    model.info.result.history.clear();
    for (int epoch = 0; epoch < 5000; ++epoch) // far past the 64 kB an HDF5 attribute can hold
        model.info.result.history.push_back({epoch, 0.7 / (epoch + 1), 0.5, 0.6, 0.55, 1e-3});
    saveModelFile(dir + "/long.tlmodel", model);
    const ModelFile loaded = loadModelFile(dir + "/long.tlmodel");
    ASSERT_EQ(loaded.info.result.history.size(), 5000u);
    EXPECT_DOUBLE_EQ(loaded.info.result.history[4999].trainLoss, 0.7 / 5000);
    std::filesystem::remove_all(dir);
}

TEST(ModelFile, Version1FilesStillOpenWithoutAFingerprint)
{
    const std::string dir = fixtures::makeTempDir("tl-model");
    saveVersion1(dir + "/v1.tlmodel", tinyModel());
    const ModelFile loaded = loadModelFile(dir + "/v1.tlmodel");
    EXPECT_EQ(loaded.info.fingerprint, "");
    EXPECT_EQ(loaded.info.classes, tinyModel().info.classes);
    EXPECT_EQ(loaded.headParameters[1].array.values, (std::vector<float>{0.5f, -0.5f}));

    // Saving it again (a new threshold) makes it a fingerprinted version 2 file.
    const std::string fingerprint = setModelThreshold(dir + "/v1.tlmodel", 0.3);
    EXPECT_EQ(loadModelFile(dir + "/v1.tlmodel").info.fingerprint, fingerprint);
    std::filesystem::remove_all(dir);
}
