#include "Backbone.h"
#include "Fixtures.h"
#include "Hashing.h"
#include "Preprocessing.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace tl;

class BackboneTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fixtures::makeTempDir("tl-backbone");
        fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 11);
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(s_dir); }
    static torch::Tensor batch(int n, int size)
    {
        torch::manual_seed(3);
        return torch::randn({n, 3, size, size}) * 50.0;
    }
    static std::string s_dir;
};
std::string BackboneTest::s_dir;

TEST_F(BackboneTest, FingerprintIsTheFileHashAndPreprocessingIsCaffe)
{
    const auto backbone = Backbone::load(s_dir + "/vgg16.h5", Precision::Fp32, DeviceChoice::Cpu);
    EXPECT_EQ(backbone->fingerprint(), sha256OfFile(s_dir + "/vgg16.h5"));
    EXPECT_EQ(backbone->preprocessing(), PreprocessMode::Caffe);
    EXPECT_EQ(backbone->precision(), Precision::Fp32);
}

TEST_F(BackboneTest, FeaturesHaveTheVgg16ShapeAndMatchThePlainForwardPass)
{
    const auto backbone = Backbone::load(s_dir + "/vgg16.h5", Precision::Fp32, DeviceChoice::Cpu);
    const torch::Tensor input = batch(2, 64);
    const torch::Tensor features = backbone->extract(input);
    EXPECT_EQ(features.sizes(), torch::IntArrayRef({2, 512, 2, 2}));
    // Channels-last fast path against the reference NCHW path.
    const torch::Tensor reference = backbone->vgg16()->forward(input);
    EXPECT_LT((features - reference).abs().max().item<double>() / reference.abs().max().item<double>(), 1e-4);
}

TEST_F(BackboneTest, Bf16FeaturesStayWithinTheAccuracyGuard)
{
    const auto backbone = Backbone::load(s_dir + "/vgg16.h5", Precision::Bf16, DeviceChoice::Cpu);
    ASSERT_EQ(backbone->precision(), Precision::Bf16);
    ASSERT_TRUE(backbone->bf16ProbeError().has_value());
    EXPECT_LT(*backbone->bf16ProbeError(), Backbone::kBf16Tolerance);
    const torch::Tensor input = batch(2, 64);
    const torch::Tensor fast = backbone->extract(input);
    const torch::Tensor exact = backbone->extractWith(input, Precision::Fp32);
    EXPECT_LT(((fast - exact).norm() / exact.norm()).item<double>(), Backbone::kBf16Tolerance);
}

TEST_F(BackboneTest, TorchScriptFeaturesModuleIsAcceptedWithTorchvisionPreprocessing)
{
    // A stand-in for torch.jit.script(vgg16().features): the same contract (N x 3 x H x W in,
    // feature maps out), written with libtorch's own script compiler.
    torch::jit::Module module("features");
    module.define(R"(
        def forward(self, x):
            return torch.max_pool2d(torch.relu(x), 2)
    )");
    const std::string path = s_dir + "/features.pt";
    module.save(path);
    const auto backbone = Backbone::load(path, Precision::Fp32, DeviceChoice::Cpu);
    EXPECT_EQ(backbone->preprocessing(), PreprocessMode::Torchvision);
    EXPECT_EQ(backbone->fingerprint(), sha256OfFile(path));
    const torch::Tensor input = batch(1, 32);
    EXPECT_TRUE(backbone->extract(input).equal(torch::max_pool2d(torch::relu(input), 2)));
}

TEST_F(BackboneTest, CaffePreprocessingIsBgrMinusMean)
{
    torch::Tensor pixel = torch::tensor({200, 100, 50}, torch::kUInt8).view({1, 1, 3}).expand({32, 32, 3}).contiguous();
    const torch::Tensor x = preprocess(pixel, 32, PreprocessMode::Caffe);
    EXPECT_NEAR(x[0][0][0].item<float>(), 50 - 103.939f, 1e-4);
    EXPECT_NEAR(x[1][0][0].item<float>(), 100 - 116.779f, 1e-4);
    EXPECT_NEAR(x[2][0][0].item<float>(), 200 - 123.68f, 1e-4);
    const torch::Tensor t = preprocess(pixel, 32, PreprocessMode::Torchvision);
    EXPECT_NEAR(t[0][0][0].item<float>(), (200 / 255.0f - 0.485f) / 0.229f, 1e-4);
}

TEST_F(BackboneTest, DihedralViewsAreTheEightSymmetries)
{
    const torch::Tensor x = torch::arange(9, torch::kFloat32).view({1, 3, 3});
    std::vector<torch::Tensor> views;
    for (int v = 0; v < kDihedralViews; ++v)
        views.push_back(dihedralView(x, v));
    EXPECT_TRUE(views[0].equal(x));
    for (int a = 0; a < kDihedralViews; ++a)
        for (int b = a + 1; b < kDihedralViews; ++b)
            EXPECT_FALSE(views[a].equal(views[b])) << a << " vs " << b;
}
