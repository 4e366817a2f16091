// Demo weights: written where asked (folders made), recognised wherever they are copied, loaded
// like any Keras file, and carried into every model trained on them, its card included.
#include "Backbone.h"
#include "DemoWeights.h"
#include "Fixtures.h"
#include "ModelCard.h"
#include "ModelFile.h"
#include "Training.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace tl;
namespace fs = std::filesystem;

class DemoWeightsTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = fixtures::makeTempDir("tl-demo"); }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string m_dir;
};

TEST_F(DemoWeightsTest, AreRecognisedWhereverTheyAreAndOnlyThem)
{
    const std::string demo = m_dir + "/not/made/yet/demo.h5";
    writeDemoWeights(demo, BackboneId::Vgg16);
    EXPECT_TRUE(isDemoWeights(demo));
    fs::copy_file(demo, m_dir + "/renamed.h5");
    EXPECT_TRUE(isDemoWeights(m_dir + "/renamed.h5"));
    EXPECT_TRUE(Backbone::load(BackboneId::Vgg16, demo, Precision::Fp32, DeviceChoice::Cpu)->demoWeights());

    fixtures::writeSeededVgg16Weights(m_dir + "/seeded.h5", 1); // the same numbers, without the mark
    EXPECT_FALSE(isDemoWeights(m_dir + "/seeded.h5"));
    EXPECT_FALSE(
        Backbone::load(BackboneId::Vgg16, m_dir + "/seeded.h5", Precision::Fp32, DeviceChoice::Cpu)->demoWeights());
    EXPECT_FALSE(isDemoWeights(m_dir + "/missing.h5"));
    EXPECT_FALSE(isDemoWeights(m_dir)); // a folder
}

TEST_F(DemoWeightsTest, AModelTrainedOnThemSaysSoInItsFileAndCard)
{
    fixtures::SyntheticDatasetSpec spec;
    spec.imagesPerClass = 6;
    fixtures::writeSyntheticDataset(m_dir + "/data", spec);
    writeDemoWeights(m_dir + "/demo.h5", BackboneId::Vgg16);
    fixtures::writeSeededVgg16Weights(m_dir + "/seeded.h5", 1);
    TrainConfig config;
    config.imageSize = 32;
    config.epochs = 1;
    config.precision = Precision::Fp32;
    config.cacheDir = m_dir + "/cache";
    for (const bool demo : {true, false}) {
        SCOPED_TRACE(demo ? "demo weights" : "other weights");
        config.weightsPath = m_dir + (demo ? "/demo.h5" : "/seeded.h5");
        const std::string model = m_dir + (demo ? "/demo.tlmodel" : "/seeded.tlmodel");
        EXPECT_EQ(trainModel(scanDataset(m_dir + "/data"), config, model, false).value().demoWeights, demo);
        const ModelInfo info = loadModelFile(model).info;
        EXPECT_EQ(info.demoWeights, demo);
        const std::string card = modelCardMarkdown(info);
        EXPECT_EQ(card.find("**Demo weights: results are not meaningful.") != std::string::npos, demo);
        EXPECT_EQ(nlohmann::json::parse(modelCardJson(info)).at("demo_weights"), demo);
    }
}
