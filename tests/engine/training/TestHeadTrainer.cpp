// The head's training loop on synthetic features: it must not depend on the features' scale,
// the normalisation it trains with must fold exactly into the saved head, and a head that
// calls every image the same class must be reported.
#include "Head.h"
#include "HeadTrainer.h"
#include "RunWarnings.h"

#include <gtest/gtest.h>

namespace tl {
namespace {

constexpr std::int64_t kImages = 400;

// Two overlapping Gaussian classes (signal: their distance per feature) in non-negative features (a C x side x side
// map, one view), shifted like a backbone's ReLU outputs and multiplied by scale: every fifth image validates.
HeadTrainingData syntheticTask(double scale, std::int64_t channels = 64, std::int64_t side = 1, double shift = 3.0,
                               double signal = 0.35)
{
    torch::manual_seed(7);
    HeadTrainingData data;
    data.labels = torch::arange(kImages, torch::kInt64) % 2;
    const std::int64_t features = channels * side * side;
    const torch::Tensor direction = torch::randn({features});
    const torch::Tensor sign = (data.labels.to(torch::kFloat32) * 2 - 1).view({kImages, 1});
    const torch::Tensor values = torch::randn({kImages, features}) + signal * sign * direction + shift;
    data.features = (values.clamp_min(0) * scale).view({kImages, 1, channels, side, side});
    for (std::int64_t i = 0; i < kImages; ++i)
        (i % 5 == 4 ? data.validation : data.train).push_back(i);
    return data;
}

HeadTrainingOptions fixedEpochs(int epochs)
{
    HeadTrainingOptions options = headTrainingOptions(); // TrainConfig's defaults
    options.epochs = epochs;
    options.seed = 3;
    options.earlyStoppingPatience = 0;
    options.reduceLrPatience = 0;
    return options;
}

HeadSpec flattenSpec(std::int64_t channels = 64, std::int64_t side = 1)
{
    HeadSpec spec;
    spec.channels = channels;
    spec.height = spec.width = side;
    return spec;
}

double validationAccuracy(Head& head, const HeadTrainingData& data)
{
    const torch::Tensor predicted = headProbabilities(head, data.features, data.validation).argmax(1);
    const torch::Tensor labels = data.labels.index_select(0, torch::tensor(data.validation, torch::kInt64));
    return predicted.eq(labels).to(torch::kFloat64).mean().item<double>();
}

TEST(HeadTrainerTest, FeaturesScaledByAHundredTrainToTheSameValidationAccuracy)
{
    const HeadTrainingData plain = syntheticTask(1.0), scaled = syntheticTask(100.0);
    HeadTrainingResult fromPlain = trainHead(plain, fixedEpochs(8), flattenSpec(), {});
    HeadTrainingResult fromScaled = trainHead(scaled, fixedEpochs(8), flattenSpec(), {});
    const double plainAccuracy = validationAccuracy(fromPlain.head, plain);
    const double scaledAccuracy = validationAccuracy(fromScaled.head, scaled);
    EXPECT_GE(plainAccuracy, 0.85);                            // the task is learnable: the Bayes rate is about 0.99
    EXPECT_NEAR(scaledAccuracy, plainAccuracy, 0.0125 + 1e-9); // at most one of 80 images apart
    EXPECT_EQ(fromScaled.bestEpoch, fromPlain.bestEpoch);
}

TEST(HeadTrainerTest, NormalisationFoldsExactlyIntoTheFirstLayer)
{
    for (const HeadType type : {HeadType::Flatten, HeadType::GlobalAveragePool}) {
        for (const int hidden : {0, 6}) {
            HeadSpec spec;
            spec.type = type;
            spec.channels = 8;
            spec.height = spec.width = 3;
            spec.hiddenUnits = hidden;
            torch::manual_seed(11);
            Head head(spec);
            head->eval();
            const bool flatten = type == HeadType::Flatten;
            const std::vector<std::int64_t> meanShape =
                flatten ? std::vector<std::int64_t>{8, 3, 3} : std::vector<std::int64_t>{8, 1, 1};
            const torch::Tensor mean = torch::rand(meanShape) * 90;
            const double scale = 23.5;
            head->normaliseInputs(mean, scale);
            const torch::Tensor features = torch::rand({5, 8, 3, 3}) * 180;

            // What the normalisation means, written out: pool, then (x - mean) / scale per input,
            // into a head without it.
            const torch::Tensor pooled = flatten ? features.flatten(1) : features.mean({2, 3});
            const torch::Tensor normalised = (pooled - mean.flatten()) / scale;
            torch::NoGradGuard noGrad;
            const torch::Tensor before = head->forward(features);
            Head plain(spec);
            plain->importParameters(head->exportParameters(), "test");
            plain->eval();
            const torch::Tensor expected =
                plain->forward(flatten ? normalised.view({5, 8, 3, 3}) : normalised.view({5, 8, 1, 1}));
            EXPECT_LT((before - expected).abs().max().item<double>(), 1e-4);

            head->foldInputNormalisation();
            const torch::Tensor after = head->forward(features);
            EXPECT_LT((after - before).abs().max().item<double>(), 1e-4) << "hidden " << hidden;
        }
    }
}

TEST(HeadTrainerTest, FeaturesOfABackbonesScaleAreLearntWhenNormalised)
{
    // Like the stand-in's block-5 output: 4,096 values per image around 80, each carrying a
    // little of the signal. Raw, the first logits are tens of units apart and the softmax
    // saturates; normalised, the same head learns the task.
    const HeadTrainingData data = syntheticTask(20.0, 64, 8, 4.0, 0.05);
    HeadTrainingOptions raw = fixedEpochs(4);
    raw.normaliseFeatures = false;
    HeadTrainingResult fromRaw = trainHead(data, raw, flattenSpec(64, 8), {});
    HeadTrainingResult normalised = trainHead(data, fixedEpochs(4), flattenSpec(64, 8), {});
    const double normalisedAccuracy = validationAccuracy(normalised.head, data);
    EXPECT_GE(normalisedAccuracy, 0.8);
    EXPECT_LT(validationAccuracy(fromRaw.head, data), normalisedAccuracy - 0.1);
}

Evaluation evaluationWithConfusion(std::vector<std::vector<int>> confusion)
{
    Evaluation evaluation;
    evaluation.classes = {"benign", "malignant"};
    evaluation.confusion = std::move(confusion);
    return evaluation;
}

TEST(RunWarningsTest, NameAHeadThatCallsEveryImageOneClassAndALossThatDiverged)
{
    RunResult result;
    result.history = {{0, 0.7, 0.5, 0.69, 0.5, 1e-3}};
    result.validation = evaluationWithConfusion({{5, 0}, {5, 0}});
    EXPECT_EQ(runWarnings(result), std::vector<RunWarning>{RunWarning::OneClassPredicted});

    result.validation = evaluationWithConfusion({{4, 1}, {2, 3}});
    EXPECT_TRUE(runWarnings(result).empty());

    // A validation split of one class, all called that class: nothing wrong.
    result.validation = evaluationWithConfusion({{5, 0}, {0, 0}});
    EXPECT_TRUE(runWarnings(result).empty());

    // Without a validation split, the test images are judged.
    result.validation.reset();
    result.test = evaluationWithConfusion({{0, 3}, {0, 4}});
    result.history[0].validationLoss = std::nan(""); // no split: not a divergence
    EXPECT_EQ(runWarnings(result), std::vector<RunWarning>{RunWarning::OneClassPredicted});

    result.test.reset();
    result.history.push_back({1, std::numeric_limits<double>::infinity(), 0.5, std::nan(""), std::nan(""), 1e-3});
    EXPECT_EQ(runWarnings(result), std::vector<RunWarning>{RunWarning::NonFiniteLoss});
    // The engine names the setting, not a front end's option: the window shows the same text.
    const std::string advice = warningMessage(RunWarning::NonFiniteLoss).english();
    EXPECT_NE(advice.find("Try a learning rate ten times lower"), std::string::npos) << advice;
    EXPECT_EQ(advice.find("--"), std::string::npos) << advice;
    EXPECT_NE(toJson(result).find("\"warnings\":[\"non_finite_loss\"]"), std::string::npos);
}

} // namespace
} // namespace tl
