#include "Error.h"
#include "ErrorMessage.h"
#include "Fixtures.h"
#include "Head.h"
#include "ModelFile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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
