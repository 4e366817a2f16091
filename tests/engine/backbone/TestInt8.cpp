// The int8 backbone: its features against fp32's, its calibration on the user's images, and how
// the calibration names and is kept in the feature cache.
#include "AutoPrecision.h"
#include "Backbone.h"
#include "BackboneSetup.h"
#include "Dataset.h"
#include "Error.h"
#include "FeatureStore.h"
#include "Fixtures.h"
#include "ImageDecoder.h"
#include "Preprocessing.h"
#include "Int8Calibration.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace tl;

class Int8Test : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fixtures::makeTempDir("tl-int8");
        fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 11);
        fixtures::writeSyntheticDataset(s_dir + "/data", fixtures::SyntheticDatasetSpec{});
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(s_dir); }
    // Images with the smooth structure and the range of preprocessed photographs.
    static torch::Tensor images(int n, int size, std::uint64_t seed)
    {
        torch::manual_seed(seed);
        namespace F = torch::nn::functional;
        return F::interpolate(torch::randn({n, 3, size / 4, size / 4}) * 60.0,
                              F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{size, size})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
    }
    static TrainConfig config()
    {
        TrainConfig config = fixtures::smallTrainConfig(s_dir);
        config.precision = Precision::Int8;
        config.seed = 5;
        return config;
    }
    static double relativeError(const torch::Tensor& value, const torch::Tensor& reference)
    {
        return ((value - reference).norm() / reference.norm()).item<double>();
    }
    static std::string s_dir;
};
std::string Int8Test::s_dir;

// u8 activations keep 256 levels per layer: through 13 convolutions the features of images the
// calibration has not seen stay within 6% of fp32 (about 2-3% here; the test's own bound).
TEST_F(Int8Test, FeaturesOfUnseenImagesStayCloseToFp32)
{
    const auto backbone = Backbone::load(BackboneId::Vgg16, s_dir + "/vgg16.h5", Precision::Int8, DeviceChoice::Auto);
    ASSERT_EQ(backbone->precision(), Precision::Int8);
    EXPECT_EQ(backbone->device(), torch::Device(torch::kCPU));
    backbone->calibrateInt8(images(8, 64, 1), Int8Calibration{});
    ASSERT_TRUE(backbone->int8Calibration().has_value());
    EXPECT_EQ(backbone->int8Calibration()->outputScales.size(), 13u);

    const torch::Tensor unseen = images(4, 64, 2);
    const torch::Tensor fast = backbone->extract(unseen);
    const torch::Tensor exact = backbone->extractWith(unseen, Precision::Fp32);
    EXPECT_EQ(fast.sizes(), exact.sizes());
    EXPECT_GT(relativeError(fast, exact), 1e-4); // int8 really ran
    EXPECT_LT(relativeError(fast, exact), 0.06);
}

TEST_F(Int8Test, IsRefusedWhereItCannotRun)
{
    EXPECT_THROW(Backbone::load(BackboneId::Vgg16, s_dir + "/vgg16.h5", Precision::Int8, DeviceChoice::Cuda), Error);
    const auto uncalibrated =
        Backbone::load(BackboneId::Vgg16, s_dir + "/vgg16.h5", Precision::Int8, DeviceChoice::Cpu);
    try {
        uncalibrated->extract(images(1, 32, 1));
        FAIL() << "an uncalibrated int8 backbone must refuse to extract";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), "the int8 backbone was used before its calibration");
    }
}

TEST_F(Int8Test, CalibrationRoundTripsAndRefusesDamage)
{
    Int8Calibration calibration;
    calibration.seed = 9;
    calibration.imageHashes = {"aa", "bb"};
    calibration.inputScale = 0.5;
    calibration.inputZeroPoint = 120;
    calibration.outputScales = {0.25, 0.125};
    const Int8Calibration back = int8CalibrationFromJson(toJson(calibration));
    EXPECT_EQ(back.seed, 9u);
    EXPECT_EQ(back.imageHashes, calibration.imageHashes);
    EXPECT_EQ(back.inputZeroPoint, 120);
    EXPECT_EQ(back.outputScales, calibration.outputScales);
    EXPECT_EQ(back.identity(), calibration.identity());
    Int8Calibration otherSeed = calibration;
    otherSeed.seed = 10;
    EXPECT_NE(otherSeed.identity(), calibration.identity());

    EXPECT_THROW(int8CalibrationFromJson("{\"seed\": 1}"), Error);
    Int8Calibration negative = calibration;
    negative.outputScales[1] = -1;
    EXPECT_THROW(int8CalibrationFromJson(toJson(negative)), Error);
}

// The draw: seeded, from the training images only, the same wherever the dataset folder lies.
TEST_F(Int8Test, CalibrationImagesAreASeededDrawOfTrainingImages)
{
    const Dataset dataset = scanDataset(s_dir + "/data");
    const CalibrationDraw draw = drawInt8Calibration(dataset, 5);
    EXPECT_EQ(draw.paths.size(), std::min(kInt8CalibrationImages, dataset.images.size()));
    EXPECT_EQ(draw.calibration.imageHashes.size(), draw.paths.size());
    EXPECT_EQ(drawInt8Calibration(dataset, 5).paths, draw.paths);

    fixtures::SyntheticDatasetSpec many;
    many.imagesPerClass = 30; // more images than a calibration takes
    fixtures::writeSyntheticDataset(s_dir + "/many", many);
    const CalibrationDraw first = drawInt8Calibration(scanDataset(s_dir + "/many"), 5);
    ASSERT_EQ(first.paths.size(), kInt8CalibrationImages);
    EXPECT_NE(drawInt8Calibration(scanDataset(s_dir + "/many"), 6).calibration.identity(),
              first.calibration.identity());
    std::filesystem::rename(s_dir + "/many", s_dir + "/moved");
    EXPECT_EQ(drawInt8Calibration(scanDataset(s_dir + "/moved"), 5).calibration.identity(),
              first.calibration.identity());
}

// The first run measures the calibration and keeps it beside its features; the next run with the
// same draw quantizes with the kept one (here altered on disk, to see that it is read).
TEST_F(Int8Test, TheCacheKeepsTheCalibrationAndNamesItsFolderByIt)
{
    const Dataset dataset = scanDataset(s_dir + "/data");
    const auto first = loadBackboneFor(dataset, config(), {}).backbone;
    ASSERT_TRUE(first->int8Calibration().has_value());
    const std::string folder = FeatureStore(config().cacheDir, first, config().imageSize).folder();
    EXPECT_NE(folder.find("-int8-" + first->int8Calibration()->identity()), std::string::npos) << folder;
    const std::string file = folder + "/int8-calibration.json";
    ASSERT_TRUE(std::filesystem::exists(file));

    Int8Calibration altered = *first->int8Calibration();
    altered.outputScales[0] *= 2;
    std::ofstream(file) << toJson(altered);
    const auto second = loadBackboneFor(dataset, config(), {}).backbone;
    EXPECT_EQ(second->int8Calibration()->outputScales, altered.outputScales);

    TrainConfig otherSeed = config();
    otherSeed.seed = 6;
    const auto third = loadBackboneFor(dataset, otherSeed, {}).backbone;
    EXPECT_NE(FeatureStore(config().cacheDir, third, config().imageSize).folder(), folder);
    EXPECT_EQ(FeatureStoreKey::forWeights(BackboneId::Vgg16, config().weightsPath, Precision::Int8, DeviceChoice::Cpu,
                                          32, first->int8Calibration()->identity())
                  .int8Calibration,
              first->int8Calibration()->identity());
}

// int8's features err by a few percent: they are kept in bf16, whose rounding adds under 0.4%,
// and take half the memory and cache of fp32.
TEST_F(Int8Test, FeaturesAreKeptInBf16)
{
    const Dataset dataset = scanDataset(s_dir + "/data");
    const auto backbone = loadBackboneFor(dataset, config(), {}).backbone;
    const std::vector<std::string> paths = {dataset.images[0].path, dataset.images[1].path};
    const ExtractedFeatures kept =
        FeatureStore(s_dir + "/bf16-kept", backbone, config().imageSize).extract(paths, 1, kBackboneBatch);
    ASSERT_EQ(kept.features.scalar_type(), torch::kBFloat16);
    const torch::Tensor read =
        FeatureStore(s_dir + "/bf16-kept", backbone, config().imageSize).extract(paths, 1, kBackboneBatch).features;
    EXPECT_TRUE(torch::equal(read, kept.features)); // the cache holds exactly what training used

    std::vector<torch::Tensor> inputs;
    for (const std::string& path : paths)
        inputs.push_back(preprocess(rgbTensor(decodeImage(path)), config().imageSize, backbone->preprocessing()));
    const torch::Tensor exact = backbone->extract(torch::stack(inputs));
    const double rounding = relativeError(kept.features.select(1, 0).to(torch::kFloat32), exact);
    EXPECT_GT(rounding, 0.0);
    EXPECT_LT(rounding, 0.004);
}

// Automatic measures each path's speed here, takes the fastest whose features and decisions pass
// the guard on the dataset's images, and remembers it: a second run measures nothing.
TEST_F(Int8Test, AutomaticTakesTheFastestGuardedPathAndRemembersIt)
{
    TrainConfig automatic = config();
    automatic.precision = Precision::Auto;
    automatic.cacheDir = s_dir + "/auto-cache";
    const Dataset dataset = scanDataset(s_dir + "/data");
    std::vector<Phase> phases;
    Job job;
    job.onProgress = [&](const ProgressReport& report) {
        if (phases.empty() || phases.back() != report.phase)
            phases.push_back(report.phase);
    };
    // The dataset is far too small for the measurement to pay (see the test below): measured here
    // as a larger dataset would be.
    const ChosenBackbone first = chooseBackbone(dataset, automatic, job);
    // The setup is watched phase by phase: the speeds, the fp32 weights, then the guard (which
    // loads and, for int8, calibrates each faster path).
    ASSERT_GE(phases.size(), 3u);
    EXPECT_EQ(phases[0], Phase::MeasuringPrecisions);
    EXPECT_EQ(phases[1], Phase::LoadingWeights);
    EXPECT_EQ(phases[2], Phase::CheckingPrecision);
    const std::vector<PrecisionCandidate>& candidates = first.choice.candidates;
    ASSERT_GE(candidates.size(), 2u); // fp32 and int8 at least
    bool reachedChosen = false;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const PrecisionCandidate& candidate = candidates[i];
        SCOPED_TRACE(toString(candidate.precision));
        EXPECT_GT(candidate.imagesPerSecond, 0);
        if (i > 0) {
            EXPECT_LE(candidate.imagesPerSecond, candidates[i - 1].imagesPerSecond);
        }
        if (reachedChosen)
            continue;
        if (candidate.precision == first.choice.chosen) {
            reachedChosen = true;
            EXPECT_TRUE(candidate.passed);
        } else {
            ASSERT_TRUE(candidate.featureError && candidate.agreement); // faster, so guarded, and it failed
            EXPECT_FALSE(candidate.passed);
            EXPECT_TRUE(*candidate.featureError > kInt8Tolerance || *candidate.agreement < kDecisionAgreement);
        }
        if (candidate.precision != Precision::Fp32 && candidate.passed) {
            EXPECT_LE(*candidate.featureError, candidate.precision == Precision::Int8 ? 0.05 : 0.01);
            EXPECT_GE(*candidate.agreement, 0.9);
        }
    }
    EXPECT_TRUE(reachedChosen);
    EXPECT_EQ(first.backbone->precision(), first.choice.chosen);
    EXPECT_TRUE(std::filesystem::exists(automatic.cacheDir + "/precision-choices.json"));

    const PreparedBackbone second = loadBackboneFor(dataset, automatic, {});
    ASSERT_TRUE(second.choice.has_value());
    EXPECT_TRUE(second.choice->candidates.empty()); // remembered, not measured
    EXPECT_EQ(second.backbone->precision(), first.choice.chosen);
    EXPECT_EQ(expectedPrecision(automatic), first.choice.chosen);
}

// On a dataset whose extraction is shorter than the measurement, Automatic takes fp32 at once and
// remembers nothing, so that a larger run on this machine still measures.
TEST_F(Int8Test, AutomaticSkipsTheMeasurementWhenTheRunIsTooShortToPayForIt)
{
    TrainConfig automatic = config();
    automatic.precision = Precision::Auto;
    automatic.cacheDir = s_dir + "/short-run-cache";
    const Dataset dataset = scanDataset(s_dir + "/data");
    ASSERT_FALSE(automaticMeasurementPays(dataset, automatic));
    std::vector<Phase> phases;
    Job job;
    job.onProgress = [&](const ProgressReport& report) { phases.push_back(report.phase); };
    const PreparedBackbone prepared = loadBackboneFor(dataset, automatic, job);
    ASSERT_TRUE(prepared.choice.has_value());
    EXPECT_TRUE(prepared.choice->tooFewImages);
    EXPECT_TRUE(prepared.choice->candidates.empty());
    EXPECT_EQ(prepared.backbone->precision(), Precision::Fp32);
    EXPECT_EQ(phases, (std::vector<Phase>{Phase::LoadingWeights, Phase::LoadingWeights}));
    EXPECT_FALSE(std::filesystem::exists(automatic.cacheDir + "/precision-choices.json"));

    // 224 px images, eight views each: 63 images are an extraction of 504, which pays.
    Dataset larger = dataset;
    larger.images.resize(63, dataset.images.front());
    automatic.imageSize = 224;
    automatic.augmentation = Augmentation::Dihedral;
    EXPECT_TRUE(automaticMeasurementPays(larger, automatic));
    larger.images.resize(62);
    EXPECT_FALSE(automaticMeasurementPays(larger, automatic));
}
