#include "CliWorkspace.h"
#include "TrainOptions.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using tl::testing::readFile;

// The workspace (CliWorkspace.h), under the name these tests have always had.
class CliTest : public CliWorkspace {};

} // namespace

// The help is made from the engine's option table: every option with its default (each
// backbone's, where the backbone decides), and crossval without the options that only a full
// training has.
TEST_F(CliTest, HelpListsEveryOptionOfTheTableWithItsDefault)
{
    auto collapsed = [](const std::string& text) { // QCommandLineParser wraps the help lines
        std::string out;
        for (const char c : text)
            if (!std::isspace(static_cast<unsigned char>(c)) || (!out.empty() && out.back() != ' '))
                out += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
        return out;
    };
    const std::string train = collapsed(cli({"train", "--help"}).out);
    const std::string crossval = collapsed(cli({"crossval", "--help"}).out);
    const std::map<std::string, std::string> backbonesDefaults = {
        {"head", "default VGG16 flatten, MobileNetV2 gap"}, {"fine-tune-lr", "default VGG16 1e-05, MobileNetV2 0.001"}};
    for (const tl::TrainOption& option : tl::trainOptions()) {
        const std::string flag = "--" + option.flag + " ";
        const std::size_t at = train.find(flag);
        ASSERT_NE(at, std::string::npos) << option.flag;
        const std::string entry = train.substr(at, train.find(" --", at + 2) - at);
        if (option.kind != tl::OptionKind::File && option.kind != tl::OptionKind::Folder &&
            option.kind != tl::OptionKind::Switch) {
            const auto backbones = backbonesDefaults.find(option.flag);
            const std::string expected = backbones != backbonesDefaults.end()
                                             ? backbones->second
                                             : "default " + tl::optionText(option.get(tl::TrainConfig{}));
            EXPECT_NE(entry.find(expected), std::string::npos) << entry;
        }
        EXPECT_EQ(crossval.find(flag) == std::string::npos, option.trainOnly) << option.flag;
    }
    // A switch that is on by default can be turned off.
    EXPECT_NE(train.find("--calibrate Fit a temperature"), std::string::npos);
    EXPECT_NE(train.find("on by default"), std::string::npos);
    EXPECT_NE(train.find("--no-calibrate Turn off --calibrate."), std::string::npos);
}

TEST_F(CliTest, HelpAndUsageErrors)
{
    const CliRun help = cli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"train", "evaluate", "predict", "features", "export"})
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    const CliRun trainHelp = cli({"train", "--help"});
    EXPECT_EQ(trainHelp.exitCode, 0);
    EXPECT_NE(trainHelp.out.find("--class-weights"), std::string::npos);

    const CliRun unknown = cli({"frobnicate"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(unknown.err, "error: unknown command 'frobnicate' (see transferlab-cli --help)\n");
    const CliRun missing = cli({"train", "--weights", "w.h5", "--out", "m"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err, "error: missing --data (see --help)\n");
    const CliRun badHead = cli({"train", "--data", "d", "--out", "m", "--head", "dense"});
    EXPECT_EQ(badHead.exitCode, 2);
    EXPECT_EQ(badHead.err, "error: unknown head 'dense' (expected one of: flatten, gap)\n");
}

TEST_F(CliTest, FailuresAreOneClearLine)
{
    const CliRun run =
        cli({"train", "--data", s_dir + "/data", "--weights", s_dir + "/missing.h5", "--out", s_dir + "/x"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "error: weights file '" + s_dir + "/missing.h5' does not exist or cannot be read\n");
    const CliRun noModel = cli({"predict", "--model", s_dir + "/nothing.tlmodel", s_dir + "/data/benign/0.png"});
    EXPECT_EQ(noModel.exitCode, 1);
    EXPECT_EQ(noModel.err.rfind("error: ", 0), 0u) << noModel.err;
}

// Human-readable errors follow the locale; the exit code does not.
TEST_F(CliTest, ErrorsAreInTheUsersLanguage)
{
    const std::vector<std::string> args = {"train", "--data", s_dir + "/nonexistent", "--weights", "w.h5",
                                           "--out", "m"};
    ::setenv("LC_ALL", "pt_BR.UTF-8", 1); // the child inherits it, as from a Brazilian desktop
    const CliRun portuguese = cli(args);
    ::unsetenv("LC_ALL");
    EXPECT_EQ(portuguese.exitCode, 1);
    EXPECT_EQ(portuguese.err,
              "erro: a pasta do conjunto de dados '" + s_dir + "/nonexistent' não existe ou não é uma pasta\n");
    const CliRun english = cli(args);
    EXPECT_EQ(english.exitCode, 1);
    EXPECT_EQ(english.err, "error: dataset folder '" + s_dir + "/nonexistent' does not exist or is not a folder\n");

    // The loaders' errors too, with the words they put in (a kind of file, an option's name)
    // translated with them; a bad value on the command line stays a usage error.
    ::setenv("LC_ALL", "pt_BR.UTF-8", 1);
    const CliRun noWeights =
        cli({"train", "--data", s_dir + "/data", "--weights", s_dir + "/missing.h5", "--out", s_dir + "/x"});
    const CliRun folderModel = cli({"predict", "--model", s_dir + "/data", s_dir + "/data/benign/0.png"});
    const CliRun badHead = cli({"train", "--data", "d", "--out", "m", "--head", "dense"});
    ::unsetenv("LC_ALL");
    EXPECT_EQ(noWeights.exitCode, 1);
    EXPECT_EQ(noWeights.err, "erro: o arquivo de pesos '" + s_dir + "/missing.h5' não existe ou não pode ser lido\n");
    EXPECT_EQ(folderModel.exitCode, 1);
    EXPECT_EQ(folderModel.err,
              "erro: não é possível ler o modelo '" + s_dir + "/data': é uma pasta, não um arquivo comum\n");
    EXPECT_EQ(badHead.exitCode, 2);
    EXPECT_EQ(badHead.err, "erro: cabeça classificadora: valor desconhecido 'dense' (valores aceitos: flatten, gap)\n");
}

// The CLI's own lines follow the locale too, in the words Brazilian clinicians use, numbers with
// a decimal comma; --json output and exit codes are the same in every language.
TEST_F(CliTest, HumanLinesAreInTheUsersLanguageAndJsonIsNot)
{
    const std::string model = s_dir + "/language.tlmodel";
    const std::vector<std::string> train = {"train", "--data",      s_dir + "/data", "--weights",   s_dir + "/vgg16.h5",
                                            "--out", model,         "--image-size",  "32",          "--epochs",
                                            "2",     "--precision", "fp32",          "--cache-dir", s_dir + "/cache"};
    ASSERT_EQ(cli(train).exitCode, 0); // fills the cache: the run below computes no feature
    auto portuguese = [](const std::vector<std::string>& args) {
        ::setenv("LC_ALL", "pt_BR.UTF-8", 1);
        const CliRun run = cli(args);
        ::unsetenv("LC_ALL");
        return run;
    };
    const CliRun trained = portuguese(train);
    ASSERT_EQ(trained.exitCode, 0) << trained.err;
    EXPECT_EQ(trained.out.substr(0, trained.out.find('\n') + 1), "modelo gravado em " + model + "\n");
    EXPECT_NE(trained.out.find("\ncaracterísticas: 0 calculadas, 60 do cache ("), std::string::npos) << trained.out;
    EXPECT_NE(trained.out.find("\népocas executadas: 2, melhor época: "), std::string::npos) << trained.out;

    const CliRun unknown = portuguese({"frobnicate"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(unknown.err, "erro: comando desconhecido 'frobnicate' (veja transferlab-cli --help)\n");
    const CliRun missing = portuguese({"train", "--weights", "w.h5", "--out", "m"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err, "erro: falta --data (veja --help)\n");
    const CliRun folds = portuguese({"crossval", "--data", s_dir + "/data", "--folds", "21"});
    EXPECT_EQ(folds.exitCode, 2);
    EXPECT_EQ(folds.err, "erro: --folds deve estar entre 2 e 20\n");

    std::vector<std::string> evaluate = {"evaluate",          "--model",     model, "--data",
                                         s_dir + "/held-out", "--threshold", "0.3"};
    const CliRun english = cli(evaluate);
    const CliRun brazilian = portuguese(evaluate);
    ASSERT_EQ(english.exitCode, 0) << english.err;
    ASSERT_EQ(brazilian.exitCode, 0) << brazilian.err;
    evaluate.push_back("--json");
    const CliRun englishJson = cli(evaluate);
    const CliRun brazilianJson = portuguese(evaluate);
    EXPECT_EQ(brazilianJson.exitCode, 0);
    EXPECT_EQ(brazilianJson.out, englishJson.out); // byte for byte
    const json metrics = json::parse(englishJson.out);
    auto decimals = [](double value, char point) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.4f", value);
        std::string number = buffer;
        std::replace(number.begin(), number.end(), '.', point);
        return number;
    };
    const double sensitivity = metrics["sensitivity"].get<double>(), specificity = metrics["specificity"].get<double>();
    const json intervals = metrics["confidence_intervals"];
    auto interval = [&](const char* metric, char point) { // "IC 95%" in Portuguese
        return std::string(point == '.' ? "  95% CI " : "  IC 95% ") + decimals(intervals[metric][0], point) + "–" +
               decimals(intervals[metric][1], point);
    };
    EXPECT_EQ(metrics["confidence_method"], "bootstrap");
    EXPECT_EQ(metrics["bootstrap_resamples"], 2000);
    EXPECT_NE(english.out.find("images      10  (intervals: stratified bootstrap, 2000 resamples)\n"),
              std::string::npos)
        << english.out;
    EXPECT_NE(english.out.find("\nsensitivity " + decimals(sensitivity, '.') + interval("sensitivity", '.') +
                               "  (positive class 'malignant', threshold 0.300)\nspecificity " +
                               decimals(specificity, '.') + interval("specificity", '.') + "\n"),
              std::string::npos)
        << english.out;
    EXPECT_NE(
        brazilian.out.find("\nacurácia       " + decimals(metrics["accuracy"], ',') + interval("accuracy", ',') + "\n"),
        std::string::npos)
        << brazilian.out;
    EXPECT_NE(brazilian.out.find("\nsensibilidade  " + decimals(sensitivity, ',') + interval("sensitivity", ',') +
                                 "  (classe positiva 'malignant', limiar de decisão 0,300)\nespecificidade " +
                                 decimals(specificity, ',') + interval("specificity", ',') + "\n"),
              std::string::npos)
        << brazilian.out;
    EXPECT_NE(brazilian.out.find("\n\nclasse                precisão revocação        f1  suporte\n"),
              std::string::npos)
        << brazilian.out;
    EXPECT_NE(brazilian.out.find("\n\nmatriz de confusão (linhas: classe real, colunas: classe prevista)\n"),
              std::string::npos)
        << brazilian.out;
}

// The classic recipe's raw features at the largest learning rate: the softmax saturates from the
// first batches and the head calls every image one class. The run says so, and what to try.
TEST_F(CliTest, ACollapsedRunEndsWithAWarningThatSaysWhatToTry)
{
    const CliRun run = cli({"train",
                            "--data",
                            s_dir + "/data",
                            "--weights",
                            s_dir + "/vgg16.h5",
                            "--out",
                            s_dir + "/collapsed.tlmodel",
                            "--image-size",
                            "32",
                            "--epochs",
                            "3",
                            "--precision",
                            "fp32",
                            "--cache-dir",
                            s_dir + "/cache",
                            "--feature-scaling",
                            "none",
                            "--lr",
                            "10",
                            "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("warning: the model calls every validation image the same class"), std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("Try feature scaling 'normalise', a lower learning rate, or more images per class. "
                           "(options: --feature-scaling normalise, --lr)"),
              std::string::npos)
        << run.err;
    const json trained = json::parse(run.out);
    EXPECT_EQ(trained["warnings"], json::array({"one_class_predicted"}));
    const auto& confusion = trained["validation"]["confusion"];
    EXPECT_TRUE((confusion[0][0] == 0 && confusion[1][0] == 0) || (confusion[0][1] == 0 && confusion[1][1] == 0))
        << confusion;
}

TEST_F(CliTest, TrainEvaluatePredictEndToEnd)
{
    const std::string model = s_dir + "/model.tlmodel";
    const json trained = trainJson(model, {"--test", s_dir + "/held-out"});
    EXPECT_GE(trained["validation"]["accuracy"].get<double>(), 0.9);
    EXPECT_EQ(trained["warnings"], json::array());
    EXPECT_EQ(trained["demo_weights"], false);
    EXPECT_EQ(trained["test"]["count"], 10);
    EXPECT_EQ(trained["history"].size(), 8u);
    ASSERT_TRUE(fs::exists(model));
    // The run's phases in order, the backbone's setup first; the model named by its fingerprint.
    std::vector<std::string> phases;
    for (const json& phase : trained["phases"]) {
        phases.push_back(phase["phase"]);
        EXPECT_GE(phase["seconds"].get<double>(), 0.0);
    }
    EXPECT_EQ(phases, (std::vector<std::string>{"loading_weights", "extracting_features", "training", "evaluating"}));
    const std::string fingerprint = trained["model_fingerprint"];
    EXPECT_EQ(fingerprint.size(), 64u);
    EXPECT_EQ(fingerprint.find_first_not_of("0123456789abcdef"), std::string::npos);

    const CliRun evaluated = cli({"evaluate", "--model", model, "--data", s_dir + "/held-out", "--json"});
    ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err;
    const json metrics = json::parse(evaluated.out);
    EXPECT_EQ(metrics["model_fingerprint"], fingerprint);
    EXPECT_EQ(metrics["count"], 10);
    EXPECT_DOUBLE_EQ(metrics["accuracy"].get<double>(), trained["test"]["accuracy"].get<double>());
    for (const char* key : {"auc", "sensitivity", "specificity", "confusion", "per_class", "roc"})
        EXPECT_TRUE(metrics.contains(key)) << key;

    const CliRun text = cli({"evaluate", "--model", model, "--data", s_dir + "/held-out", "--threshold", "0.3"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("threshold 0.300"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("confusion matrix"), std::string::npos);

    std::vector<std::string> args = {"predict", "--model", model, "--json"};
    for (int i = 0; i < 5; ++i) {
        args.push_back(s_dir + "/held-out/benign/" + std::to_string(i) + ".png");
        args.push_back(s_dir + "/held-out/malignant/" + std::to_string(i) + ".png");
    }
    const CliRun predicted = cli(args);
    ASSERT_EQ(predicted.exitCode, 0) << predicted.err;
    EXPECT_EQ(json::parse(predicted.out)["model_fingerprint"], fingerprint); // any answer traces to its model
    const json predictions = json::parse(predicted.out)["predictions"];
    ASSERT_EQ(predictions.size(), 10u);
    int correct = 0;
    for (const json& p : predictions) {
        const double sum = p["probabilities"]["benign"].get<double>() + p["probabilities"]["malignant"].get<double>();
        EXPECT_NEAR(sum, 1.0, 1e-6);
        correct += p["image"].get<std::string>().find("/" + p["class"].get<std::string>() + "/") != std::string::npos;
    }
    EXPECT_GE(correct, 9);
}

TEST_F(CliTest, SecondTrainingWithAnotherHeadSkipsExtraction)
{
    trainJson(s_dir + "/first.tlmodel");
    const json second = trainJson(s_dir + "/second.tlmodel", {"--head", "gap", "--hidden", "16"});
    EXPECT_EQ(second["features_computed"], 0);
    EXPECT_EQ(second["features_from_cache"], 60);
}

TEST_F(CliTest, FeaturesAsNpyAndCsv)
{
    const CliRun npy = cli({"features", "--weights", s_dir + "/vgg16.h5", "--out", s_dir + "/f.npy", "--data",
                            s_dir + "/held-out", "--image-size", "64", "--pool", "flatten"});
    ASSERT_EQ(npy.exitCode, 0) << npy.err;
    const std::string bytes = readFile(s_dir + "/f.npy");
    ASSERT_EQ(bytes.substr(0, 6), "\x93NUMPY");
    EXPECT_NE(bytes.find("'shape': (10, 2048)"), std::string::npos);
    EXPECT_EQ(bytes.size() % 64, 0u); // header padded to 64 and 10 * 2048 * 4 payload bytes
    EXPECT_EQ(bytes.size(), 128u + 10u * 2048u * 4u);
    const std::string paths = readFile(s_dir + "/f.paths.txt");
    EXPECT_EQ(std::count(paths.begin(), paths.end(), '\n'), 10);
    EXPECT_EQ(paths.substr(0, paths.find('\n')), s_dir + "/held-out/benign/0.png");

    const CliRun csv = cli({"features", "--weights", s_dir + "/vgg16.h5", "--out", s_dir + "/f.csv", "--image-size",
                            "32", s_dir + "/held-out/malignant/1.png", s_dir + "/held-out/benign/2.png"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const std::string table = readFile(s_dir + "/f.csv");
    EXPECT_EQ(table.substr(0, 20), "path,label,f0,f1,f2,");
    EXPECT_EQ(std::count(table.begin(), table.end(), '\n'), 3);
    EXPECT_NE(table.find("\n" + s_dir + "/held-out/malignant/1.png,,"), std::string::npos);
}

// Calibration is on by default; --no-calibrate turns it off.
TEST_F(CliTest, CalibratedTrainingRecordsItsTemperature)
{
    const json plain = trainJson(s_dir + "/plain.h5", {"--no-calibrate"});
    const json calibrated = trainJson(s_dir + "/calibrated.h5");
    EXPECT_EQ(plain["temperature"].get<double>(), 1.0);
    EXPECT_NE(calibrated["temperature"].get<double>(), 1.0);
    // The same head, only rescaled: the validation predictions do not move.
    EXPECT_EQ(calibrated["validation"]["confusion"], plain["validation"]["confusion"]);
    EXPECT_LE(calibrated["validation"]["loss"].get<double>(), plain["validation"]["loss"].get<double>() + 1e-9);
}

TEST_F(CliTest, CrossValidationPrintsTheMeanAndSpreadOfEachMetric)
{
    const CliRun run =
        cli({"crossval", "--data", s_dir + "/data", "--weights", s_dir + "/vgg16.h5", "--folds", "3", "--image-size",
             "32", "--epochs", "4", "--batch", "16", "--precision", "fp32", "--cache-dir", s_dir + "/cache", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json result = json::parse(run.out);
    EXPECT_EQ(result["folds"], 3);
    ASSERT_EQ(result["per_fold"].size(), 3u);
    std::vector<double> accuracies;
    int heldOut = 0;
    for (const json& fold : result["per_fold"]) {
        accuracies.push_back(fold["accuracy"].get<double>());
        heldOut += fold["count"].get<int>();
    }
    EXPECT_EQ(heldOut, 60);
    const double mean = (accuracies[0] + accuracies[1] + accuracies[2]) / 3;
    double squares = 0;
    for (double accuracy : accuracies)
        squares += (accuracy - mean) * (accuracy - mean);
    EXPECT_NEAR(result["metrics"]["accuracy"]["mean"].get<double>(), mean, 1e-12);
    EXPECT_NEAR(result["metrics"]["accuracy"]["standard_deviation"].get<double>(), std::sqrt(squares / 2), 1e-12);
    EXPECT_EQ(result["metrics"]["auc"]["per_fold"].size(), 3u);

    const CliRun text =
        cli({"crossval", "--data", s_dir + "/data", "--weights", s_dir + "/vgg16.h5", "--folds", "2", "--image-size",
             "32", "--epochs", "1", "--precision", "fp32", "--cache-dir", s_dir + "/cache"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("2-fold cross-validation; features: 0 computed, 60 from cache"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("recall_malignant"), std::string::npos);

    const CliRun tooMany = cli({"crossval", "--data", s_dir + "/data", "--folds", "21"});
    EXPECT_EQ(tooMany.exitCode, 2);
    EXPECT_EQ(tooMany.err, "error: --folds must be between 2 and 20\n");
}

TEST_F(CliTest, ReviewMarksLeaveImagesOutAndEvaluateListsMistakes)
{
    const std::string model = s_dir + "/review.h5";
    trainJson(model, {"--epochs", "1"});
    // A threshold of 0 predicts "malignant" for everything: every benign image is a mistake.
    const CliRun evaluated =
        cli({"evaluate", "--model", model, "--data", s_dir + "/data", "--threshold", "0", "--errors", "--json"});
    ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err;
    const json errors = json::parse(evaluated.out)["errors"];
    ASSERT_EQ(errors.size(), 30u);
    for (std::size_t i = 0; i < errors.size(); ++i) {
        EXPECT_EQ(errors[i]["true_class"], "benign");
        EXPECT_EQ(errors[i]["predicted_class"], "malignant");
        if (i > 0) {
            EXPECT_LE(errors[i]["confidence"].get<double>(), errors[i - 1]["confidence"].get<double>());
        }
    }

    const std::string image = s_dir + "/data/benign/4.png";
    const CliRun marked = cli({"review", "--data", s_dir + "/data", "--mark", "excluded", image, "--json"});
    ASSERT_EQ(marked.exitCode, 0) << marked.err;
    EXPECT_EQ(json::parse(marked.out)["marks"], json({{"benign/4.png", "excluded"}}));
    const CliRun listed = cli({"review", "--data", s_dir + "/data"});
    EXPECT_EQ(listed.out, "excluded     benign/4.png\n1 image(s) marked\n");
    const CliRun after = cli({"evaluate", "--model", model, "--data", s_dir + "/data", "--json"});
    EXPECT_EQ(json::parse(after.out)["count"], 59);
    EXPECT_NE(after.err.find("warning: skipped " + image + ": excluded in error review"), std::string::npos)
        << after.err;

    const CliRun cleared = cli({"review", "--data", s_dir + "/data", "--mark", "clear", image});
    EXPECT_EQ(cleared.out, "0 image(s) marked\n");
    EXPECT_FALSE(fs::exists(s_dir + "/data/transferlab-review.json"));

    const CliRun badMark = cli({"review", "--data", s_dir + "/data", "--mark", "wrong", image});
    EXPECT_EQ(badMark.exitCode, 2);
    EXPECT_EQ(badMark.err, "error: unknown review mark 'wrong' (expected one of: mislabelled, excluded) or clear\n");
    const CliRun outside = cli({"review", "--data", s_dir + "/data", "--mark", "excluded", s_dir + "/vgg16.h5"});
    EXPECT_EQ(outside.exitCode, 1);
    EXPECT_EQ(outside.err, "error: '" + s_dir + "/vgg16.h5' is not inside the dataset folder '" + s_dir + "/data'\n");
}

TEST_F(CliTest, FineTuningReportsTheFrozenPhaseToCompare)
{
    const json trained = trainJson(s_dir + "/fine.h5", {"--fine-tune-epochs", "2", "--fine-tune-lr", "0.0001"});
    ASSERT_EQ(trained["fine_tune_history"].size(), 2u);
    EXPECT_EQ(trained["fine_tune_history"][0]["learning_rate"], 0.0001);
    EXPECT_EQ(trained["frozen_validation"]["count"], trained["validation"]["count"]);
    // predict runs the tuned block 5: it answers otherwise than the frozen twin (same seed and
    // settings, no fine-tuning), whose head the tuning started from.
    trainJson(s_dir + "/frozen-twin.h5");
    auto malignantProbability = [&](const std::string& model) {
        const CliRun run = cli({"predict", "--model", model, s_dir + "/data/benign/0.png", "--json"});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return json::parse(run.out)["predictions"][0]["probabilities"]["malignant"].get<double>();
    };
    EXPECT_GT(std::abs(malignantProbability(s_dir + "/fine.h5") - malignantProbability(s_dir + "/frozen-twin.h5")),
              1e-6);
    const CliRun bad = cli({"train", "--data", s_dir + "/data", "--out", s_dir + "/x.h5", "--fine-tune-lr", "0"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, "error: fine-tuning learning rate must be above 0 and at most 1\n");
}

// A FIFO waits for a writer for ever and /dev/zero never ends: predict and explain refuse both at once.
TEST_F(CliTest, PredictAndExplainRefuseFilesThatAreNotRegular)
{
    const std::string dir = s_dir + "/irregular";
    fs::create_directories(dir);
    trainJson(dir + "/m.tlmodel");
    ASSERT_EQ(mkfifo((dir + "/pipe.jpg").c_str(), 0600), 0);
    fs::create_symlink("/dev/zero", dir + "/zeros.png");
    const CliRun predicted = cli({"predict", "--model", dir + "/m.tlmodel", dir + "/pipe.jpg", dir + "/zeros.png"});
    EXPECT_EQ(predicted.exitCode, 1);
    EXPECT_EQ(predicted.err, "error: cannot read image '" + dir +
                                 "/pipe.jpg': it is a FIFO (named pipe), not a "
                                 "regular file\nerror: cannot read image '" +
                                 dir + "/zeros.png': it is a device, not a regular file\n");
    const CliRun explained =
        cli({"explain", "--model", dir + "/m.tlmodel", dir + "/zeros.png", "--out", dir + "/o.png"});
    EXPECT_EQ(explained.exitCode, 1);
    EXPECT_EQ(explained.err, "error: cannot read image '" + dir + "/zeros.png': it is a device, not a regular file\n");
    const CliRun model = cli({"predict", "--model", dir + "/pipe.jpg", dir + "/zeros.png"});
    EXPECT_EQ(model.err, "error: cannot read model '" + dir +
                             "/pipe.jpg': it is a FIFO (named pipe), not a "
                             "regular file\n");
}

// A folder of new cases: a CSV row per image with the probabilities single-image predict gives
// (to 1e-6; the table has 9 decimals) and the model's fingerprint; the unreadable file listed, the
// rest written, exit 1.
TEST_F(CliTest, PredictDirWritesTheTableThatSinglePredictAgreesWith)
{
    const std::string dir = s_dir + "/batch";
    fs::create_directories(dir);
    const std::string fingerprint = trainJson(dir + "/m.tlmodel")["model_fingerprint"];
    fs::copy(s_dir + "/held-out", dir + "/cases", fs::copy_options::recursive);
    std::ofstream(dir + "/cases/broken.jpg") << "\xff\xd8\xff truncated";
    const CliRun batch = cli({"predict", "--model", dir + "/m.tlmodel", "--dir", dir + "/cases", "--recursive", "--csv",
                              dir + "/cases.csv"});
    EXPECT_EQ(batch.exitCode, 1);
    EXPECT_NE(batch.err.find("broken.jpg"), std::string::npos) << batch.err;
    std::ifstream csv(dir + "/cases.csv");
    std::string line;
    std::getline(csv, line);
    EXPECT_EQ(line, "image,class,probability_benign,probability_malignant,refer,model_fingerprint");
    std::vector<std::string> images;
    std::vector<double> malignant;
    while (std::getline(csv, line)) {
        std::vector<std::string> fields;
        std::stringstream row(line);
        for (std::string field; std::getline(row, field, ',');)
            fields.push_back(field);
        ASSERT_EQ(fields.size(), 6u) << line;
        EXPECT_EQ(fields[5], fingerprint);
        EXPECT_EQ(fields[3].size(), 11u) << "9 decimals: " << fields[3];
        images.push_back(fields[0]);
        malignant.push_back(std::stod(fields[3]));
    }
    ASSERT_EQ(images.size(), 10u);
    std::vector<std::string> args = {"predict", "--model", dir + "/m.tlmodel", "--json"};
    args.insert(args.end(), images.begin(), images.end());
    const json single = json::parse(cli(args).out);
    for (std::size_t i = 0; i < images.size(); ++i)
        EXPECT_NEAR(single["predictions"][i]["probabilities"]["malignant"].get<double>(), malignant[i], 1e-6)
            << images[i];

    const json answered = json::parse(
        cli({"predict", "--model", dir + "/m.tlmodel", "--dir", dir + "/cases", "--recursive", "--json"}).out);
    EXPECT_EQ(answered["precision"], "fp32");
    EXPECT_EQ(answered["predictions"].size(), 10u);
    EXPECT_EQ(answered["skipped"].size(), 1u);
    EXPECT_DOUBLE_EQ(answered["refer_rule"]["refers_from"].get<double>(), 0.4);
    EXPECT_EQ(cli({"predict", "--model", dir + "/m.tlmodel", "--dir", dir, images[0]}).err,
              "error: give either image files or --dir DIR, not both and not neither\n");
}

// The report: a PDF that poppler renders, with one row per image (each file's name in its text),
// the model's fingerprint, and no display needed.
TEST_F(CliTest, ReportWritesAPdfWithOneRowPerImage)
{
    const std::string dir = s_dir + "/report";
    fs::create_directories(dir);
    const std::string fingerprint = trainJson(dir + "/m.tlmodel")["model_fingerprint"];
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        ::unsetenv(variable); // as on a server: the CLI starts Qt Gui offscreen itself
    const CliRun report = cli({"report", "--model", dir + "/m.tlmodel", "--dir", s_dir + "/held-out", "--recursive",
                               "--out", dir + "/report.pdf", "--gradcam", "all"});
    ASSERT_EQ(report.exitCode, 0) << report.err;
    EXPECT_EQ(tl::testing::readFile(dir + "/report.pdf").substr(0, 5), "%PDF-");
    const CliRun rendered = tl::testing::runCommand(
        {"pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", dir + "/report.pdf", dir + "/page"}, s_dir);
    EXPECT_EQ(rendered.exitCode, 0) << rendered.err;
    EXPECT_TRUE(fs::exists(dir + "/page-1.png"));
    const CliRun text = tl::testing::runCommand({"pdftotext", "-layout", dir + "/report.pdf", "-"}, s_dir);
    ASSERT_EQ(text.exitCode, 0) << text.err;
    std::string compact = text.out; // -layout may split a long token where the glyphs' spacing varies
    compact.erase(std::remove_if(compact.begin(), compact.end(), [](unsigned char c) { return std::isspace(c); }),
                  compact.end());
    EXPECT_NE(compact.find(fingerprint), std::string::npos) << fingerprint << "\n" << text.out;
    EXPECT_NE(text.out.find("10 images classi"), std::string::npos) << text.out; // "fi" may come out as a ligature
    std::size_t rows = 0; // each row names its image file (the held-out files are 0.png to 4.png per class)
    for (std::size_t at = text.out.find(".png"); at != std::string::npos; at = text.out.find(".png", at + 1))
        ++rows;
    EXPECT_EQ(rows, 10u) << text.out;
}

// Offline, demo weights let the whole workflow run, and everything made from them says so.
TEST_F(CliTest, DemoWeightsRunTheWorkflowAndEveryResultSaysItIsNotMeaningful)
{
    const std::string weights = s_dir + "/demo/weights/demo.h5"; // folders that do not exist yet
    const CliRun written = cli({"demo-weights", "--out", weights, "--json"});
    ASSERT_EQ(written.exitCode, 0) << written.err;
    EXPECT_EQ(json::parse(written.out)["path"], weights);
    const std::string warning =
        "warning: demo weights (seeded random, not ImageNet's): the results are not meaningful\n";

    const std::string model = s_dir + "/demo.tlmodel";
    const CliRun trained =
        cli({"train", "--data", s_dir + "/data", "--weights", weights, "--out", model, "--image-size", "32", "--epochs",
             "1", "--precision", "fp32", "--cache-dir", s_dir + "/cache", "--json"});
    ASSERT_EQ(trained.exitCode, 0) << trained.err;
    EXPECT_EQ(json::parse(trained.out)["demo_weights"], true);
    EXPECT_NE(trained.err.find(warning), std::string::npos) << trained.err;

    const CliRun predicted = cli({"predict", "--model", model, s_dir + "/held-out/benign/0.png"});
    ASSERT_EQ(predicted.exitCode, 0) << predicted.err;
    EXPECT_EQ(predicted.err, warning);
    const CliRun card = cli({"export", "--model", model, "--format", "card", "--out", s_dir + "/demo-card.md"});
    ASSERT_EQ(card.exitCode, 0) << card.err;
    EXPECT_NE(readFile(s_dir + "/demo-card.md").find("**Demo weights: results are not meaningful."), std::string::npos);
}

// bench --json: stdout is the JSON object alone, the human figures go to stderr as they are measured.
TEST_F(CliTest, BenchJsonIsTheObjectAloneOnStdout)
{
    const CliRun run = cli({"bench", "--weights", s_dir + "/vgg16.h5", "--image-size", "32", "--batches", "2",
                            "--seconds", "0.2", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json figures = json::parse(run.out);
    ASSERT_FALSE(figures["throughput"].empty()) << run.out;
    for (const json& row : figures["throughput"])
        EXPECT_GT(row["images_per_second"].get<double>(), 0.0) << row;
    EXPECT_GT(figures["head_epoch_seconds"].get<double>(), 0.0);
    EXPECT_NE(run.err.find("backbone throughput, VGG16 conv base at 32x32"), std::string::npos) << run.err;
}
