// The exports answer as TransferLab does, outside TransferLab: the TorchScript file in Python's
// torch.jit (Debian's python3-torch), the ONNX file in ONNX Runtime (Node.js) and in OpenCV's DNN
// module (4.6, the runtime many C++ and embedded users deploy with), all against
// `transferlab-cli predict` on the same images, for a model on each backbone.
#include "CliRunner.h"
#include "Fixtures.h"
#include "ImageDecoder.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <opencv2/dnn.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using nlohmann::json;
using tl::testing::CommandRun;

namespace {

constexpr double kTolerance = 1e-4;
const std::vector<std::string> kClasses = {"benign", "malignant"};
// One model per backbone (their files in the suite's folder, without extension).
const std::vector<std::string> kModels = {"model", "model-mobilenetv2"};

class ExportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = tl::fixtures::makeTempDir("tl-export");
        tl::fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 3);
        tl::fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 16;
        tl::fixtures::writeSyntheticDataset(s_dir + "/data", spec);
        // 48 x 48 images (resized inside the TorchScript pipeline) and 32 x 32 ones (the ONNX input size).
        spec.imagesPerClass = 5;
        spec.seed = 11;
        s_resizedImages = tl::fixtures::writeSyntheticDataset(s_dir + "/images48", spec);
        spec.size = 32;
        s_exactImages = tl::fixtures::writeSyntheticDataset(s_dir + "/images32", spec);
        const CommandRun trained = cli({"train", "--data", s_dir + "/data", "--weights", s_dir + "/vgg16.h5", "--out",
                                        s_dir + "/model.h5", "--image-size", "32", "--epochs", "3", "--hidden", "8",
                                        "--precision", "fp32", "--cache-dir", s_dir + "/cache"});
        ASSERT_EQ(trained.exitCode, 0) << trained.err;
        tl::fixtures::writeSeededMobileNetV2Weights(s_dir + "/mobilenetv2.h5", 3);
        const CommandRun mobile =
            cli({"train", "--backbone", "mobilenetv2", "--data", s_dir + "/data", "--weights",
                 s_dir + "/mobilenetv2.h5", "--out", s_dir + "/model-mobilenetv2.h5", "--image-size", "32", "--epochs",
                 "3", "--hidden", "8", "--precision", "fp32", "--cache-dir", s_dir + "/cache"});
        ASSERT_EQ(mobile.exitCode, 0) << mobile.err;
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static CommandRun cli(const std::vector<std::string>& args) { return tl::testing::runCli(args, s_dir); }

    static void exportAs(const std::string& format, const std::string& out, const std::string& model = {})
    {
        const CommandRun run =
            cli({"export", "--model", model.empty() ? s_dir + "/model.h5" : model, "--format", format, "--out", out});
        ASSERT_EQ(run.exitCode, 0) << run.err;
        ASSERT_TRUE(fs::exists(out));
    }

    // Per image, the probabilities `transferlab-cli predict` gives with the model.
    static std::vector<std::vector<double>> predicted(const std::string& model, const std::vector<std::string>& images)
    {
        std::vector<std::string> args = {"predict", "--model", model, "--json"};
        args.insert(args.end(), images.begin(), images.end());
        const CommandRun run = cli(args);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        std::vector<std::vector<double>> probabilities;
        const json answer = json::parse(run.out);
        for (const json& p : answer["predictions"])
            probabilities.push_back({p["probabilities"]["benign"], p["probabilities"]["malignant"]});
        return probabilities;
    }

    // The decoded pixels of each image as raw RGB files, listed in a manifest for the scripts.
    static std::string writeManifest(const std::vector<std::string>& images, const std::string& name)
    {
        json manifest = json::array();
        for (std::size_t i = 0; i < images.size(); ++i) {
            const tl::RgbImage image = tl::decodeImage(images[i]);
            const std::string raw = s_dir + "/" + name + "-" + std::to_string(i) + ".rgb";
            std::ofstream(raw, std::ios::binary)
                .write(reinterpret_cast<const char*>(image.pixels.data()),
                       static_cast<std::streamsize>(image.pixels.size()));
            manifest.push_back({{"pixels", raw}, {"height", image.height}, {"width", image.width}});
        }
        const std::string path = s_dir + "/" + name + ".json";
        std::ofstream(path) << manifest.dump();
        return path;
    }

    static void expectSameProbabilities(const json& actual, const std::vector<std::vector<double>>& expected)
    {
        ASSERT_EQ(actual.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            for (std::size_t c = 0; c < kClasses.size(); ++c)
                EXPECT_NEAR(actual[i][c].get<double>(), expected[i][c], kTolerance) << "image " << i << " class " << c;
    }

    static std::string s_dir;
    static std::vector<std::string> s_resizedImages, s_exactImages;
};
std::string ExportTest::s_dir;
std::vector<std::string> ExportTest::s_resizedImages, ExportTest::s_exactImages;

} // namespace

TEST_F(ExportTest, TorchScriptInPythonMatchesPredict)
{
    for (const std::string& model : kModels) {
        SCOPED_TRACE(model);
        const std::string exported = s_dir + "/" + model + ".pt";
        exportAs("torchscript", exported, s_dir + "/" + model + ".h5");
        const std::vector<std::vector<double>> expected = predicted(s_dir + "/" + model + ".h5", s_resizedImages);
        const CommandRun python =
            tl::testing::runCommand({TRANSFERLAB_PYTHON, TRANSFERLAB_EXPORT_SCRIPTS "/torchscript_probabilities.py",
                                     exported, writeManifest(s_resizedImages, "resized")},
                                    s_dir);
        ASSERT_EQ(python.exitCode, 0) << python.err;
        const json answer = json::parse(python.out);
        EXPECT_EQ(answer["class_names"], json(kClasses));
        ASSERT_EQ(expected.size(), 10u);
        expectSameProbabilities(answer["probabilities"], expected);
        for (std::size_t i = 0; i < expected.size(); ++i) // the model's 0.5 threshold on p(malignant)
            EXPECT_EQ(answer["predicted"][i].get<int>(), expected[i][1] >= 0.5 ? 1 : 0) << "image " << i;
    }
}

TEST_F(ExportTest, OnnxInOnnxRuntimeMatchesPredict)
{
    for (const std::string& model : kModels) {
        SCOPED_TRACE(model);
        const std::string exported = s_dir + "/" + model + ".onnx";
        exportAs("onnx", exported, s_dir + "/" + model + ".h5");
        const std::vector<std::vector<double>> expected = predicted(s_dir + "/" + model + ".h5", s_exactImages);
        const CommandRun node =
            tl::testing::runCommand({TRANSFERLAB_NODE, TRANSFERLAB_EXPORT_SCRIPTS "/onnx_probabilities.mjs", exported,
                                     writeManifest(s_exactImages, "exact"), TRANSFERLAB_ONNXRUNTIME_DIR},
                                    s_dir);
        ASSERT_EQ(node.exitCode, 0) << node.err;
        ASSERT_EQ(expected.size(), 10u);
        expectSameProbabilities(json::parse(node.out)["probabilities"], expected);
    }
}

TEST_F(ExportTest, OnnxInOpenCvDnnMatchesPredict)
{
    for (const std::string& model : kModels) {
        SCOPED_TRACE(model);
        const std::string exported = s_dir + "/" + model + "-for-opencv.onnx";
        exportAs("onnx", exported, s_dir + "/" + model + ".h5");
        const std::vector<std::vector<double>> expected = predicted(s_dir + "/" + model + ".h5", s_exactImages);
        cv::dnn::Net net = cv::dnn::readNetFromONNX(exported);
        ASSERT_FALSE(net.empty());
        json probabilities = json::array();
        for (const std::string& path : s_exactImages) {
            const tl::RgbImage image = tl::decodeImage(path);
            cv::Mat pixels(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
            cv::Mat input;
            pixels.convertTo(input, CV_32F);
            const int shape[] = {1, image.height, image.width, 3}; // the graph's input is NHWC RGB, 0..255
            net.setInput(input.reshape(1, 4, shape));
            const cv::Mat output = net.forward();
            ASSERT_EQ(output.total(), kClasses.size());
            probabilities.push_back({output.at<float>(0), output.at<float>(1)});
        }
        ASSERT_EQ(expected.size(), 10u);
        expectSameProbabilities(probabilities, expected);
    }
}

TEST_F(ExportTest, TorchScriptExportOpensAsAModel)
{
    const std::string exported = s_dir + "/reopened.pt";
    exportAs("torchscript", exported);
    const std::vector<std::vector<double>> original = predicted(s_dir + "/model.h5", s_resizedImages);
    const std::vector<std::vector<double>> reopened = predicted(exported, s_resizedImages);
    ASSERT_EQ(reopened.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i)
        EXPECT_NEAR(reopened[i][1], original[i][1], kTolerance) << "image " << i;

    // An export carries no weights file to export again from.
    const CommandRun again = cli({"export", "--model", exported, "--format", "onnx", "--out", s_dir + "/x.onnx"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.err, "error: this model was opened from an exported TorchScript file: export from its "
                         "TransferLab model file (.h5) instead\n");
}

TEST_F(ExportTest, ModelCardInMarkdownAndJson)
{
    const std::string card = s_dir + "/card.md";
    exportAs("card", card);
    const std::string markdown = tl::testing::readFile(card);
    for (const char* expected : {"NOT a diagnostic device", "| benign | 13 | 3 | 0 |", "| malignant | 13 | 3 | 0 |",
                                 "| head | flatten |", "| epochs | 3 |", "CC BY 4.0", "Confusion matrix", "| AUC |"})
        EXPECT_NE(markdown.find(expected), std::string::npos) << expected << "\n" << markdown;
    EXPECT_EQ(markdown.find(s_dir), std::string::npos) << "a card names no local path";

    const json twin = json::parse(tl::testing::readFile(s_dir + "/card.json"));
    EXPECT_EQ(twin["not_a_diagnostic_device"], true);
    EXPECT_EQ(twin["model"]["classes"], json(kClasses));
    EXPECT_EQ(twin["model"]["data"]["images_per_class"]["train"], json({13, 13}));
    EXPECT_EQ(twin["model"]["data"]["fingerprint"].get<std::string>().size(), 64u);
    EXPECT_EQ(twin["backbone"]["fingerprint_sha256"].get<std::string>().size(), 64u);
    EXPECT_TRUE(twin["model"]["validation"].contains("confusion"));
    EXPECT_EQ(tl::testing::readFile(s_dir + "/card.json").find(s_dir), std::string::npos);
}

TEST_F(ExportTest, BadRequestsGetClearErrors)
{
    const CommandRun format = cli({"export", "--model", s_dir + "/model.h5", "--format", "pdf", "--out", "x"});
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_EQ(format.err, "error: unknown export format 'pdf' (expected torchscript, onnx or card)\n");
    const CommandRun noOut = cli({"export", "--model", s_dir + "/model.h5", "--format", "onnx"});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_EQ(noOut.err, "error: missing --out (see --help)\n");
    const CommandRun unwritable =
        cli({"export", "--model", s_dir + "/model.h5", "--format", "card", "--out", s_dir + "/model.h5/card.md"});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_EQ(unwritable.err.rfind("error: ", 0), 0u) << unwritable.err;
}
