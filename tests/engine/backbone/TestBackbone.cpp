#include "Backbone.h"
#include "BackboneBenchmark.h"
#include "Fixtures.h"
#include "Hashing.h"
#include "PeakFlops.h"
#include "Preprocessing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
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
    const auto backbone = Backbone::load(BackboneId::Vgg16, s_dir + "/vgg16.h5", Precision::Fp32, DeviceChoice::Cpu);
    EXPECT_EQ(backbone->fingerprint(), sha256OfFile(s_dir + "/vgg16.h5"));
    EXPECT_EQ(backbone->preprocessing(), PreprocessMode::Caffe);
    EXPECT_EQ(backbone->precision(), Precision::Fp32);
}

TEST_F(BackboneTest, FeaturesHaveTheVgg16ShapeAndMatchThePlainForwardPass)
{
    const auto backbone = Backbone::load(BackboneId::Vgg16, s_dir + "/vgg16.h5", Precision::Fp32, DeviceChoice::Cpu);
    const torch::Tensor input = batch(2, 64);
    const torch::Tensor features = backbone->extract(input);
    EXPECT_EQ(features.sizes(), torch::IntArrayRef({2, 512, 2, 2}));
    // Channels-last fast path against the reference NCHW path.
    const torch::Tensor reference = backbone->network()->forward(input);
    EXPECT_LT((features - reference).abs().max().item<double>() / reference.abs().max().item<double>(), 1e-4);
}

TEST_F(BackboneTest, Bf16FeaturesStayWithinTheAccuracyGuard)
{
    // The test's own bound, not the product's constant (loosening the product must not loosen
    // the test): bf16 keeps 8 significant bits, a rounding of at most 2^-9 (0.2%) per value;
    // through VGG16's 13 convolutions the features stay within 1% of fp32.
    constexpr double kBf16Bound = 0.01;
    const auto backbone = Backbone::load(BackboneId::Vgg16, s_dir + "/vgg16.h5", Precision::Bf16, DeviceChoice::Cpu);
    ASSERT_EQ(backbone->precision(), Precision::Bf16);
    ASSERT_TRUE(backbone->bf16ProbeError().has_value());
    EXPECT_GT(*backbone->bf16ProbeError(), 0.0); // bf16 really ran
    EXPECT_LT(*backbone->bf16ProbeError(), kBf16Bound);
    const torch::Tensor input = batch(2, 32); // small: bf16 is emulated, hence slow, on most CPUs
    const torch::Tensor fast = backbone->extract(input);
    const torch::Tensor exact = backbone->extractWith(input, Precision::Fp32);
    EXPECT_LT(((fast - exact).norm() / exact.norm()).item<double>(), kBf16Bound);
}

// Weights that bf16 cannot hold: every kernel value is a power of two times (1 + 2^-9), which
// bf16 (7 stored mantissa bits) rounds down to the power of two. Each of the 13 convolutions
// then loses 0.2%, all in the same direction, and the features drift about 2.5% from fp32:
// Automatic precision must notice on its probe and fall back to fp32.
TEST_F(BackboneTest, AutomaticPrecisionFallsBackToFp32WhenBf16DriftsOnTheProbe)
{
    std::vector<KerasLayerWeights> layers = seededKerasLayers(BackboneId::Vgg16, 1, SeededBiases::Zero);
    for (KerasLayerWeights& layer : layers) {
        if (layer.arrays.empty())
            continue;
        FloatArray& kernel = layer.arrays[0]; // 3 x 3 x in x out
        const double fanIn = static_cast<double>(kernel.shape[0] * kernel.shape[1] * kernel.shape[2]);
        const float value = std::ldexp(1.0f + std::ldexp(1.0f, -9), -static_cast<int>(std::lround(std::log2(fanIn))));
        std::fill(kernel.values.begin(), kernel.values.end(), value);
    }
    const std::string path = s_dir + "/bf16-hostile.h5";
    writeKerasWeights(path, layers, KerasNaming::Modern);
    const auto forced = Backbone::load(BackboneId::Vgg16, path, Precision::Bf16, DeviceChoice::Cpu);
    ASSERT_TRUE(forced->bf16ProbeError().has_value());
    EXPECT_GT(*forced->bf16ProbeError(), 0.015);     // the drift is real
    EXPECT_EQ(forced->precision(), Precision::Bf16); // asked for explicitly: kept
    const auto automatic = Backbone::load(BackboneId::Vgg16, path, Precision::Auto, DeviceChoice::Cpu);
    EXPECT_EQ(automatic->precision(), Precision::Fp32);
    // Where bf16 is fast, Auto tried it and measured the drift; elsewhere it never tried.
    EXPECT_EQ(automatic->bf16ProbeError().has_value(), Backbone::hardwareHasFastBf16(torch::kCPU));
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
    const auto backbone = Backbone::load(BackboneId::Vgg16, path, Precision::Fp32, DeviceChoice::Cpu);
    EXPECT_EQ(backbone->preprocessing(), PreprocessMode::Torchvision);
    EXPECT_EQ(backbone->fingerprint(), sha256OfFile(path));
    const torch::Tensor input = batch(1, 32);
    EXPECT_TRUE(backbone->extract(input).equal(torch::max_pool2d(torch::relu(input), 2)));
}

// Keras' "caffe" mode on a 2x2 image of four different pixels, worked out by hand: channels in
// B, G, R order, each minus its ImageNet mean, rows and columns where they were.
TEST_F(BackboneTest, CaffePreprocessingOfA2x2ImageMatchesHandWrittenNumbers)
{
    const torch::Tensor rgb =
        torch::tensor({10, 20, 30, 40, 50, 60, 70, 80, 90, 250, 0, 128}, torch::kUInt8).view({2, 2, 3});
    const torch::Tensor x = preprocess(rgb, 2, PreprocessMode::Caffe);
    const float expected[3][2][2] = {
        {{-73.939f, -43.939f}, {-13.939f, 24.061f}},   // B - 103.939
        {{-96.779f, -66.779f}, {-36.779f, -116.779f}}, // G - 116.779
        {{-113.68f, -83.68f}, {-53.68f, 126.32f}},     // R - 123.68
    };
    ASSERT_EQ(x.sizes(), torch::IntArrayRef({3, 2, 2}));
    for (int c = 0; c < 3; ++c)
        for (int row = 0; row < 2; ++row)
            for (int column = 0; column < 2; ++column)
                EXPECT_NEAR(x[c][row][column].item<float>(), expected[c][row][column], 1e-4)
                    << "channel " << c << " at " << row << "," << column;
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

// The four rotations (counter-clockwise) and their mirror images, written out by hand.
TEST_F(BackboneTest, DihedralViewsAreTheEightSymmetries)
{
    const torch::Tensor x = torch::arange(9, torch::kFloat32).view({1, 3, 3});
    const std::vector<std::vector<std::vector<int>>> expected = {
        {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}}, {{2, 5, 8}, {1, 4, 7}, {0, 3, 6}}, {{8, 7, 6}, {5, 4, 3}, {2, 1, 0}},
        {{6, 3, 0}, {7, 4, 1}, {8, 5, 2}}, {{2, 1, 0}, {5, 4, 3}, {8, 7, 6}}, {{8, 5, 2}, {7, 4, 1}, {6, 3, 0}},
        {{6, 7, 8}, {3, 4, 5}, {0, 1, 2}}, {{0, 3, 6}, {1, 4, 7}, {2, 5, 8}},
    };
    ASSERT_EQ(expected.size(), static_cast<std::size_t>(kDihedralViews));
    for (int v = 0; v < kDihedralViews; ++v) {
        const torch::Tensor view = dihedralView(x, v);
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 3; ++column)
                EXPECT_EQ(view[0][row][column].item<float>(), expected[v][row][column])
                    << "view " << v << " at " << row << "," << column;
    }
}

// The bench's GFLOP/s: the multiply-adds of the 13 convolutions, worked out by hand at 224 px
// (block by block: 224² x 9 x (3·64 + 64·64), 112² x 9 x (64·128 + 128·128), 56² x 9 x (128·256 +
// 2·256²), 28² x 9 x (256·512 + 2·512²), 14² x 9 x 3·512²), two operations each.
TEST_F(BackboneTest, Vgg16ArithmeticIsCountedLayerByLayer)
{
    const double multiplyAdds = 50176.0 * 9 * (192 + 4096) + 12544.0 * 9 * (8192 + 16384) +
                                3136.0 * 9 * (32768 + 131072) + 784.0 * 9 * (131072 + 524288) + 196.0 * 9 * 786432;
    EXPECT_NEAR(backboneGflop(BackboneId::Vgg16, 224), 2 * multiplyAdds / 1e9, 1e-9);
    EXPECT_NEAR(backboneGflop(BackboneId::Vgg16, 224), 30.69, 0.01);
    EXPECT_NEAR(backboneGflop(BackboneId::Vgg16, 32), backboneGflop(BackboneId::Vgg16, 224) / 49,
                1e-9); // every layer at a seventh of the side
}

TEST_F(BackboneTest, PeakFlopsAreMeasuredOnTheWidestVectorsTheCpuHas)
{
    const PeakFlops peak = measurePeakFp32Flops(1, 0.2);
    EXPECT_EQ(peak.threads, 1);
    EXPECT_TRUE(peak.instructions == "AVX-512 FMA" || peak.instructions == "AVX2 FMA" || peak.instructions == "scalar");
    EXPECT_GT(peak.gflops, 1.0); // any CPU of this century, even shared with other tests
}
