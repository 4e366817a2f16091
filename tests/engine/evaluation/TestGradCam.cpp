// Grad-CAM against a case with a known answer (only one region of the image carries the class
// signal, so the heat map's peak must fall inside it, wherever it is), and through a trained model.
#include "Classifier.h"
#include "Error.h"
#include "Fixtures.h"
#include "GradCam.h"
#include "HeatmapOverlay.h"
#include "Training.h"

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <random>

using namespace tl;

namespace {

constexpr int kSize = 96; // block5_conv3 is then a 6 x 6 grid of 16-pixel cells

class GradCamTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fixtures::makeTempDir("tl-gradcam");
        fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 5);
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 30;
        spec.size = kSize;
        fixtures::writeSyntheticDataset(s_dir + "/data", spec);
        TrainConfig config = fixtures::smallTrainConfig(s_dir);
        config.imageSize = kSize;
        config.epochs = 10;
        config.batchSize = 16;
        trainModel(scanDataset(s_dir + "/data"), config, s_dir + "/model.h5", false);
        s_classifier = new Classifier(Classifier::open(s_dir + "/model.h5"));
    }
    static void TearDownTestSuite()
    {
        delete s_classifier;
        std::filesystem::remove_all(s_dir);
    }

    // A noisy grey image with one disc of class 1's colour (the fixtures' hue for class 1 of 2).
    static RgbImage imageWithDisc(cv::Point centre, int radius)
    {
        cv::Mat image(kSize, kSize, CV_8UC3);
        std::mt19937 random(static_cast<unsigned>(centre.x * 131 + centre.y));
        std::uniform_int_distribution<int> noise(90, 150);
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x)
                image.at<cv::Vec3b>(y, x) = cv::Vec3b(noise(random), noise(random), noise(random));
        cv::Mat colour(1, 1, CV_8UC3, cv::Scalar(95, 200, 230));
        cv::cvtColor(colour, colour, cv::COLOR_HSV2RGB);
        const cv::Vec3b rgb = colour.at<cv::Vec3b>(0, 0);
        cv::circle(image, centre, radius, cv::Scalar(rgb[0], rgb[1], rgb[2]), cv::FILLED);
        RgbImage result;
        result.width = result.height = kSize;
        result.pixels.assign(image.datastart, image.dataend);
        return result;
    }

    static std::string s_dir;
    static Classifier* s_classifier;
};
std::string GradCamTest::s_dir;
Classifier* GradCamTest::s_classifier = nullptr;

} // namespace

// The input is zero (the mean colour, after preprocessing) except for one textured square, and the
// head's class 1 counts every feature map's mean positively (class 0 negatively): the only evidence
// for class 1 lies in the square, and there is none for class 0.
TEST(GradCamKnownAnswer, PeakFallsInsideTheOnlyInformativeRegion)
{
    const ConvNetwork network = ConvNetwork::seededRandom(BackboneId::Vgg16, 5);
    HeadSpec spec;
    spec.type = HeadType::GlobalAveragePool;
    spec.height = spec.width = kSize / 32;
    Head head(spec);
    {
        torch::NoGradGuard noGrad;
        for (auto& parameter : head->named_parameters())
            parameter.value().zero_();
        head->named_parameters()["output.weight"][1].fill_(1.0 / 512);
        head->named_parameters()["output.weight"][0].fill_(-1.0 / 512);
    }
    constexpr int kSide = 24;
    for (const auto& [top, left] : {std::pair{0, 0}, {72, 72}, {8, 64}, {64, 16}, {36, 36}}) {
        torch::manual_seed(top * 97 + left);
        torch::Tensor input = torch::zeros({1, 3, kSize, kSize});
        input.slice(2, top, top + kSide).slice(3, left, left + kSide).copy_(torch::randn({1, 3, kSide, kSide}) * 60);
        const GradCamResult cam = gradCam(network, head, input, [](const torch::Tensor&) { return 1; });
        ASSERT_EQ(cam.map.sizes(), torch::IntArrayRef({kSize / 16, kSize / 16}));
        const auto peak = cam.map.argmax().item<std::int64_t>();
        EXPECT_FLOAT_EQ(cam.map.max().item<float>(), 1.0f);
        // At the map's resolution (a cell is 16 pixels): the peak cell's centre is within half a
        // cell of the square.
        const double y = (static_cast<double>(peak / (kSize / 16)) + 0.5) * 16;
        const double x = (static_cast<double>(peak % (kSize / 16)) + 0.5) * 16;
        const double dy = std::max({top - y, 0.0, y - (top + kSide)});
        const double dx = std::max({left - x, 0.0, x - (left + kSide)});
        EXPECT_LE(std::hypot(dx, dy), 8.0) << "square at " << top << "," << left << ", peak at " << y << "," << x;
        // Nothing speaks for class 0: its map is empty.
        const GradCamResult none = gradCam(network, head, input, [](const torch::Tensor&) { return 0; });
        EXPECT_EQ(none.map.max().item<float>(), 0.0f);
    }
}

TEST_F(GradCamTest, ExplainsThePredictedClassByDefaultAndRefusesAnUnknownOne)
{
    const Explanation explanation = s_classifier->explain(imageWithDisc({48, 48}, 20));
    EXPECT_EQ(explanation.explainedClass, explanation.prediction.predictedClass);
    EXPECT_EQ(explanation.prediction.predictedClass, 1);
    EXPECT_THROW(s_classifier->explain(imageWithDisc({48, 48}, 20), 7), Error);
    // The map covers the image on block5_conv3's grid, normalised to a peak of 1, and the trained
    // model looks at the lesion: the peak cell lies on the disc, wherever the disc is.
    for (const cv::Point centre : {cv::Point(24, 24), cv::Point(72, 72), cv::Point(72, 24)}) {
        const Heatmap map = s_classifier->explain(imageWithDisc(centre, 16), 1).heatmap;
        ASSERT_EQ(map.width, kSize / 16);
        ASSERT_EQ(map.height, kSize / 16);
        const auto peak = std::max_element(map.values.begin(), map.values.end()) - map.values.begin();
        EXPECT_FLOAT_EQ(map.values[static_cast<std::size_t>(peak)], 1.0f);
        EXPECT_GE(*std::min_element(map.values.begin(), map.values.end()), 0.0f);
        const double x = (static_cast<double>(peak % map.width) + 0.5) * 16;
        const double y = (static_cast<double>(peak / map.width) + 0.5) * 16;
        EXPECT_LE(std::hypot(x - centre.x, y - centre.y), 16 + 8)
            << "disc at " << centre << ", peak at " << x << "," << y;
    }
}

TEST(HeatmapOverlayTest, OpacityBlendsTheImageWithTheColours)
{
    RgbImage image;
    image.width = 4;
    image.height = 2;
    image.pixels.assign(4 * 2 * 3, 100);
    const Heatmap hot{1, 1, {1.0f}};
    EXPECT_EQ(overlayHeatmap(image, hot, 0.0).pixels, image.pixels);
    const RgbImage red = overlayHeatmap(image, hot, 1.0);
    EXPECT_GT(red.pixels[0], 100); // JET's top is red: R high, B low
    EXPECT_EQ(red.pixels[2], 0);
    EXPECT_THROW(overlayHeatmap(image, Heatmap{2, 2, {1.0f}}, 0.5), Error);
}

// The same model trained on MobileNetV2 (seeded weights with batch normalisation): Grad-CAM on
// out_relu, a grid of 32-pixel cells. Random MobileNetV2 filters do not localise a disc (measured:
// the peak lands anywhere), so where the heat falls is checked with the real ImageNet weights,
// outside the required suite (bench/real_weights_check.sh).
TEST_F(GradCamTest, MobileNetV2ExplainsOnItsLastConvolution)
{
    fixtures::writeSeededMobileNetV2Weights(s_dir + "/mobilenetv2.h5", 5);
    TrainConfig config = fixtures::smallTrainConfig(s_dir);
    config.backbone = BackboneId::MobileNetV2;
    config.weightsPath = s_dir + "/mobilenetv2.h5";
    config.head = HeadType::GlobalAveragePool;
    config.imageSize = kSize;
    config.epochs = 10;
    config.batchSize = 16;
    trainModel(scanDataset(s_dir + "/data"), config, s_dir + "/mobilenetv2-model.h5", false);
    const Classifier classifier = Classifier::open(s_dir + "/mobilenetv2-model.h5");
    EXPECT_EQ(classifier.info().config.backbone, BackboneId::MobileNetV2);
    for (const cv::Point centre : {cv::Point(24, 24), cv::Point(72, 72), cv::Point(72, 24)}) {
        const Explanation explanation = classifier.explain(imageWithDisc(centre, 16), 1);
        EXPECT_EQ(explanation.explainedClass, 1);
        const Heatmap& map = explanation.heatmap;
        ASSERT_EQ(map.width, kSize / 32);
        ASSERT_EQ(map.height, kSize / 32);
        const auto peak = std::max_element(map.values.begin(), map.values.end()) - map.values.begin();
        EXPECT_FLOAT_EQ(map.values[static_cast<std::size_t>(peak)], 1.0f);
        EXPECT_GE(*std::min_element(map.values.begin(), map.values.end()), 0.0f);
    }
}
