// A folder of new cases (Classifier::classify): every image gets exactly what predict() gives it,
// on either backbone and whatever the batch; unreadable files are listed with their reason; the
// refer rule flags what it says; the CSV table holds the same numbers.
#include "BatchCsv.h"
#include "Classifier.h"
#include "Fixtures.h"
#include "ReferRule.h"
#include "Training.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace tl;
namespace fs = std::filesystem;

namespace {

class BatchClassificationTest : public ::testing::TestWithParam<BackboneId> {
protected:
    static void SetUpTestSuite()
    {
        s_dir = fixtures::makeTempDir("tl-batch");
        fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 4);
        fixtures::writeSeededMobileNetV2Weights(s_dir + "/mobilenetv2.h5", 4);
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 12;
        fixtures::writeSyntheticDataset(s_dir + "/data", spec);
        spec.imagesPerClass = 10;
        spec.seed = 19;
        fixtures::writeSyntheticDataset(s_dir + "/cases", spec); // cases/<class>/: two sub-folders
        std::ofstream(s_dir + "/cases/notes.txt") << "not an image";
        std::ofstream(s_dir + "/cases/broken.png") << "\x89PNG\r\n\x1a\n truncated";
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static Classifier trained(BackboneId backbone)
    {
        TrainConfig config = fixtures::smallTrainConfig(s_dir);
        config.backbone = backbone;
        config.weightsPath = s_dir + "/" + toString(backbone) + ".h5";
        config.epochs = 4;
        const std::string model = s_dir + "/" + toString(backbone) + ".tlmodel";
        trainModel(scanDataset(s_dir + "/data"), config, model, false);
        return Classifier::open(model);
    }
    static std::string s_dir;
};
std::string BatchClassificationTest::s_dir;

} // namespace

TEST_P(BatchClassificationTest, EveryImageGetsWhatPredictGivesIt)
{
    const Classifier classifier = trained(GetParam());
    const ImageFolder folder = listImageFolder(s_dir + "/cases", /*recursive=*/true);
    // broken.png has a PNG signature: listed, then refused by the decoder. notes.txt: its extension.
    ASSERT_EQ(folder.images.size(), 21u);
    ASSERT_EQ(folder.skipped.size(), 1u);
    EXPECT_EQ(folder.skipped[0].path, s_dir + "/cases/notes.txt");
    EXPECT_EQ(listImageFolder(s_dir + "/cases", false).images.size(), 1u); // broken.png only

    std::size_t heard = 0;
    const BatchClassification batch =
        classifier.classify(folder, {}, {}, [&](const std::vector<ClassifiedImage>& chunk) { heard += chunk.size(); })
            .value();
    ASSERT_EQ(batch.images.size(), 20u);
    EXPECT_EQ(heard, 20u);
    ASSERT_EQ(batch.skipped.size(), 2u); // the folder's notes.txt first, then what failed to decode
    EXPECT_EQ(batch.skipped[0].path, s_dir + "/cases/notes.txt");
    EXPECT_EQ(batch.skipped[1].path, s_dir + "/cases/broken.png");
    for (const ClassifiedImage& image : batch.images) {
        SCOPED_TRACE(image.path);
        const Prediction alone = classifier.predict(image.path);
        EXPECT_EQ(image.prediction.predictedClass, alone.predictedClass);
        for (std::size_t c = 0; c < alone.probabilities.size(); ++c)
            EXPECT_NEAR(image.prediction.probabilities[c], alone.probabilities[c], 1e-9);
        EXPECT_EQ(image.refer, refers(image.prediction.probabilities, classifier.info(), {}));
    }
    // A second batch reads its fp32 features from the cache and answers the same.
    const BatchClassification again = classifier.classify(folder).value();
    for (std::size_t i = 0; i < again.images.size(); ++i)
        EXPECT_EQ(again.images[i].prediction.probabilities, batch.images[i].prediction.probabilities);
}

TEST_P(BatchClassificationTest, ACancelledBatchReturnsNothing)
{
    const Classifier classifier = trained(GetParam());
    Job job;
    job.onProgress = [&](const ProgressReport&) { job.cancel.cancel(); };
    EXPECT_FALSE(classifier.classify(listImageFolder(s_dir + "/cases", true), {}, job).has_value());
}

INSTANTIATE_TEST_SUITE_P(Backbones, BatchClassificationTest,
                         ::testing::Values(BackboneId::Vgg16, BackboneId::MobileNetV2),
                         [](const ::testing::TestParamInfo<BackboneId>& info) { return toString(info.param); });

TEST(ReferRuleTest, FlagsThePositiveAndTheUncertainOrTheUnsure)
{
    ModelInfo info;
    info.classes = {"benign", "malignant"};
    info.positiveClass = 1;
    info.result.threshold = 0.5;
    const ReferRule rule; // band 0.1
    EXPECT_TRUE(refers({0.3, 0.7}, info, rule));
    EXPECT_TRUE(refers({0.5, 0.5}, info, rule));
    EXPECT_TRUE(refers({0.58, 0.42}, info, rule)); // within the band below the threshold
    EXPECT_FALSE(refers({0.62, 0.38}, info, rule));
    info.result.threshold = 0.3; // a model tuned for sensitivity refers from 0.2
    EXPECT_TRUE(refers({0.78, 0.22}, info, rule));
    info.classes = {"a", "b", "c"};
    EXPECT_TRUE(refers({0.5, 0.3, 0.2}, info, rule)); // top below 0.8
    EXPECT_FALSE(refers({0.85, 0.1, 0.05}, info, rule));
}

TEST(BatchCsvTest, OneRowPerImageWithTheModelsFingerprint)
{
    ModelInfo info;
    info.classes = {"benign", "malignant"};
    info.fingerprint = std::string(64, 'a');
    BatchClassification batch;
    batch.images.push_back({"/x/a,b.jpg", {1, {0.25, 0.75}}, true});
    batch.images.push_back({"/x/\"c\".jpg", {0, {0.9, 0.1}}, false});
    EXPECT_EQ(batchCsv(batch, info), "image,class,probability_benign,probability_malignant,refer,model_fingerprint\n"
                                     "\"/x/a,b.jpg\",malignant,0.250000000,0.750000000,1," +
                                         info.fingerprint + "\n\"/x/\"\"c\"\".jpg\",benign,0.900000000,0.100000000,0," +
                                         info.fingerprint + "\n");
}
