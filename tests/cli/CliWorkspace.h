#pragma once
// The workspace the end-to-end CLI suites share: seeded VGG16 weights, a 30-image-per-class dataset
// and a 5-image-per-class held-out folder, made once per suite; and the CLI run in it.
#include "CliRunner.h"
#include "Fixtures.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

using CliRun = tl::testing::CommandRun;

class CliWorkspace : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = tl::fixtures::makeTempDir("tl-cli");
        tl::fixtures::writeSeededVgg16Weights(s_dir + "/vgg16.h5", 8);
        tl::fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 30;
        tl::fixtures::writeSyntheticDataset(s_dir + "/data", spec);
        spec.imagesPerClass = 5;
        spec.seed = 99;
        tl::fixtures::writeSyntheticDataset(s_dir + "/held-out", spec);
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(s_dir); }

    static CliRun cli(const std::vector<std::string>& args) { return tl::testing::runCli(args, s_dir); }

    // `train --json` on the dataset at 32 px in fp32 (the same numbers on every CPU), and its output.
    static nlohmann::json trainJson(const std::string& model, const std::vector<std::string>& extra = {})
    {
        std::vector<std::string> args = {
            "train",        "--data",      s_dir + "/data",  "--weights", s_dir + "/vgg16.h5", "--out", model,
            "--image-size", "32",          "--epochs",       "8",         "--batch",           "16",    "--precision",
            "fp32",         "--cache-dir", s_dir + "/cache", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return nlohmann::json::parse(run.out);
    }

    inline static std::string s_dir;
};
