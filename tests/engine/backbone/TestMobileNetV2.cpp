// MobileNetV2 from a Keras file: the layer plan against Keras' own list, the padding Keras uses
// for stride 2, batch normalisation folded exactly, and the clear refusals (another network's
// file, int8). The features against an independent reference: tests/reference.
#include "Backbone.h"
#include "ConvNetwork.h"
#include "ErrorMessage.h"
#include "Fixtures.h"
#include "KerasWeights.h"
#include "SeededWeights.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using namespace tl;

class MobileNetV2Test : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fixtures::makeTempDir("tl-mobilenetv2");
        fixtures::writeSeededMobileNetV2Weights(s_dir + "/mobilenetv2.h5", 5);
        fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 5);
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(s_dir); }
    static torch::Tensor batch(int n, int size)
    {
        torch::manual_seed(3);
        return torch::rand({n, 3, size, size}) * 2.0 - 1.0; // Keras "tf" preprocessing's range
    }
    static std::string s_dir;
};
std::string MobileNetV2Test::s_dir;

TEST_F(MobileNetV2Test, ThePlanListsKerasLayersInKerasOrder)
{
    const NetworkPlan& plan = networkPlan(BackboneId::MobileNetV2);
    const std::vector<std::string> names = kerasLayerNames(plan);
    ASSERT_EQ(names.size(), 155u); // as in Keras' mobilenet_v2 ..._no_top.h5
    EXPECT_EQ(names[1], "Conv1_pad");
    EXPECT_EQ(names[13], "block_1_pad");
    EXPECT_EQ(names[27], "block_2_add");
    EXPECT_EQ(names.back(), "out_relu");
    EXPECT_EQ(std::count_if(plan.layers.begin(), plan.layers.end(), [](const LayerPlan& l) { return l.hasWeights(); }),
              52);
    EXPECT_EQ(plan.layers[plan.gradCamLayer].activationLayer, backboneSpec(BackboneId::MobileNetV2).gradCamLayer);
    EXPECT_EQ(plan.layers[plan.firstTunedLayer].name, "block_16_expand");
    // 300 M multiply-adds at 224 px (Sandler et al. 2018, Table 3).
    EXPECT_NEAR(ConvNetwork::gflop(BackboneId::MobileNetV2, 224), 0.60, 0.02);
}

TEST_F(MobileNetV2Test, StrideTwoLayersArePaddedAsKerasCorrectPad)
{
    const LayerPlan& first = networkPlan(BackboneId::MobileNetV2).layers.front();
    ASSERT_EQ(first.padding, Padding::KerasStrided);
    EXPECT_EQ(paddingOf(first, 224, 224), (std::vector<std::int64_t>{0, 1, 0, 1})); // left right top bottom
    EXPECT_EQ(paddingOf(first, 7, 9), (std::vector<std::int64_t>{1, 1, 1, 1}));
    EXPECT_EQ(paddingOf(first, 8, 7), (std::vector<std::int64_t>{1, 1, 0, 1}));
}

TEST_F(MobileNetV2Test, BatchNormalisationIsFoldedExactly)
{
    const std::vector<KerasLayerWeights> layers = readKerasWeights(s_dir + "/mobilenetv2.h5");
    const ConvNetwork network = ConvNetwork::fromKeras(BackboneId::MobileNetV2, layers, "m.h5");
    auto arrayOf = [&](const std::string& layer, std::size_t index) {
        const auto found =
            std::find_if(layers.begin(), layers.end(), [&](const KerasLayerWeights& l) { return l.name == layer; });
        const FloatArray& array = found->arrays.at(index);
        return torch::from_blob(const_cast<float*>(array.values.data()), array.shape, torch::kFloat32).clone();
    };
    // Conv1 as Keras runs it: pad bottom and right, valid stride-2 convolution, batch
    // normalisation with its four statistics (epsilon 1e-3), ReLU6.
    const torch::Tensor x = batch(2, 32) * 6.0; // beyond the usual range: the ReLU6 ceiling is reached
    torch::Tensor expected = torch::conv2d(torch::constant_pad_nd(x, {0, 1, 0, 1}),
                                           arrayOf("Conv1", 0).permute({3, 2, 0, 1}), {}, /*stride=*/2);
    expected = torch::batch_norm(expected, arrayOf("bn_Conv1", 0), arrayOf("bn_Conv1", 1), arrayOf("bn_Conv1", 2),
                                 arrayOf("bn_Conv1", 3), /*training=*/false, 0.0, /*eps=*/1e-3, false);
    expected = torch::clamp(expected, 0.0, 6.0);
    EXPECT_TRUE(torch::allclose(network.run(x, 0, 1), expected, 1e-5, 1e-5));
    EXPECT_GT(expected.eq(6.0).sum().item<int>(), 0);
}

TEST_F(MobileNetV2Test, FeaturesHaveTheSpecShapeAndDependOnEveryStatistic)
{
    const auto backbone =
        Backbone::load(BackboneId::MobileNetV2, s_dir + "/mobilenetv2.h5", Precision::Fp32, DeviceChoice::Cpu);
    EXPECT_EQ(backbone->preprocessing(), PreprocessMode::Tf);
    const torch::Tensor features = backbone->extract(batch(2, 64));
    EXPECT_EQ(features.sizes(), torch::IntArrayRef({2, 1280, 2, 2}));
    EXPECT_GT(features.std().item<double>(), 0.1);

    // The same file with one moving variance changed gives other features.
    std::vector<KerasLayerWeights> layers = readKerasWeights(s_dir + "/mobilenetv2.h5");
    std::vector<KerasLayerWeights> named = seededKerasLayers(BackboneId::MobileNetV2, 5); // the roles to write
    for (std::size_t i = 0; i < layers.size(); ++i)
        layers[i].weightNames = named[i].weightNames;
    const auto norm = std::find_if(layers.begin(), layers.end(),
                                   [](const KerasLayerWeights& l) { return l.name == "block_5_project_BN"; });
    norm->arrays.at(3).values[0] *= 4.0f;
    writeKerasWeights(s_dir + "/changed.h5", layers, KerasNaming::Modern);
    const auto changed =
        Backbone::load(BackboneId::MobileNetV2, s_dir + "/changed.h5", Precision::Fp32, DeviceChoice::Cpu);
    EXPECT_FALSE(torch::allclose(changed->extract(batch(2, 64)), features, 1e-4, 1e-4));
}

TEST_F(MobileNetV2Test, AnotherNetworksFileAndAnUnsupportedPrecisionAreRefused)
{
    EXPECT_EQ(fixtures::errorMessageOf([&] {
                  Backbone::load(BackboneId::MobileNetV2, s_dir + "/vgg16.h5", Precision::Fp32, DeviceChoice::Cpu);
              }),
              "'" + s_dir +
                  "/vgg16.h5' holds VGG16 weights, not MobileNetV2: choose the VGG16 backbone or give "
                  "MobileNetV2 weights");
    EXPECT_EQ(fixtures::errorMessageOf([&] {
                  Backbone::load(BackboneId::Vgg16, s_dir + "/mobilenetv2.h5", Precision::Fp32, DeviceChoice::Cpu);
              }),
              "'" + s_dir +
                  "/mobilenetv2.h5' holds MobileNetV2 weights, not VGG16: choose the MobileNetV2 backbone "
                  "or give VGG16 weights");
    EXPECT_EQ(fixtures::errorMessageOf([&] {
                  Backbone::load(BackboneId::MobileNetV2, s_dir + "/mobilenetv2.h5", Precision::Int8,
                                 DeviceChoice::Cpu);
              }),
              "MobileNetV2 does not run in int8: choose one of fp32, bf16");
}
