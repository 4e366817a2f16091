#include "Error.h"
#include "ErrorMessage.h"
#include "Fixtures.h"
#include "KerasWeights.h"
#include "ConvNetwork.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace tl;

namespace {} // namespace

class KerasWeightsTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = fixtures::makeTempDir("tl-keras"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string m_dir;
};

TEST_F(KerasWeightsTest, BothNamingStylesLoadTheSameNetwork)
{
    fixtures::writeSeededVgg16Weights(m_dir + "/modern.h5", 3, KerasNaming::Modern);
    fixtures::writeSeededVgg16Weights(m_dir + "/legacy.h5", 3, KerasNaming::Legacy);
    const auto modern = readKerasWeights(m_dir + "/modern.h5");
    const auto legacy = readKerasWeights(m_dir + "/legacy.h5");
    ASSERT_EQ(modern.size(), 1u + 13u + 5u); // input, convs, pools
    EXPECT_EQ(modern[0].name, "input_1");
    EXPECT_TRUE(modern[0].arrays.empty());
    const ConvNetwork a = ConvNetwork::fromKeras(BackboneId::Vgg16, modern, "modern");
    const ConvNetwork b = ConvNetwork::fromKeras(BackboneId::Vgg16, legacy, "legacy");
    ASSERT_EQ(a.kernels.size(), 18u); // 13 convolutions and 5 poolings, which hold none
    for (std::size_t i = 0; i < a.kernels.size(); ++i) {
        ASSERT_EQ(a.kernels[i].defined(), b.kernels[i].defined());
        if (!a.kernels[i].defined())
            continue;
        EXPECT_TRUE(a.kernels[i].equal(b.kernels[i]));
        EXPECT_TRUE(a.biases[i].equal(b.biases[i]));
    }
}

TEST_F(KerasWeightsTest, KernelsArePermutedFromHwioToOihw)
{
    auto layers = seededKerasLayers(BackboneId::Vgg16, 1);
    FloatArray& kernel = layers[1].arrays[0]; // block1_conv1: (3, 3, 3, 64)
    const auto at = [](int h, int w, int i, int o) { return ((h * 3 + w) * 3 + i) * 64 + o; };
    kernel.values[static_cast<std::size_t>(at(0, 1, 2, 5))] = 42.0f;
    const ConvNetwork network = ConvNetwork::fromKeras(BackboneId::Vgg16, layers, "test");
    EXPECT_EQ(network.kernels[0].sizes(), torch::IntArrayRef({64, 3, 3, 3}));
    EXPECT_FLOAT_EQ(network.kernels[0][5][2][0][1].item<float>(), 42.0f);
}

TEST_F(KerasWeightsTest, WrongFilesAreRefusedWithTheReason)
{
    auto layers = seededKerasLayers(BackboneId::Vgg16, 1);
    auto wrongShape = layers;
    wrongShape[5].arrays[0].shape = {3, 3, 128, 64}; // block2_conv2 should be (3, 3, 128, 128)
    wrongShape[5].arrays[0].values.resize(3 * 3 * 128 * 64);
    EXPECT_EQ(fixtures::errorMessageOf([&] { ConvNetwork::fromKeras(BackboneId::Vgg16, wrongShape, "w.h5"); }),
              "'w.h5': array 1 of layer 'block2_conv2' has shape (3, 3, 128, 64), expected (3, 3, 128, 128)");

    auto renamed = layers;
    renamed[9].name = "block3_convX";
    writeKerasWeights(m_dir + "/renamed.h5", renamed, KerasNaming::Modern);
    EXPECT_EQ(fixtures::errorMessageOf(
                  [&] { ConvNetwork::fromKeras(BackboneId::Vgg16, readKerasWeights(m_dir + "/renamed.h5"), "r.h5"); }),
              "'r.h5' is not VGG16 weights: layer 'block3_conv3' is missing");

    std::ofstream(m_dir + "/text.h5") << "not hdf5 at all";
    EXPECT_NE(fixtures::errorMessageOf([&] { readKerasWeights(m_dir + "/text.h5"); }).find("is not an HDF5 file"),
              std::string::npos);

    fixtures::writeSeededVgg16Weights(m_dir + "/full.h5", 1);
    std::filesystem::resize_file(m_dir + "/full.h5", std::filesystem::file_size(m_dir + "/full.h5") / 2);
    EXPECT_NE(fixtures::errorMessageOf([&] { readKerasWeights(m_dir + "/full.h5"); }), "(no error)");
}
