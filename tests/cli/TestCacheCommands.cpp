// transferlab-cli cache fill / status and slurm, run as a cluster's tasks would run them: in
// shards, many at once on one cache folder, killed half-way. (The real Slurm cluster test is
// tests/slurm/run-slurm-test.sh.)
#include "CliRunner.h"
#include "Fixtures.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <sys/stat.h>

namespace fs = std::filesystem;
using nlohmann::json;
using tl::testing::CommandRun;

namespace {

class CacheCommandsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = tl::fixtures::makeTempDir("tl-cache-cli");
        tl::fixtures::writeSeededVgg16Weights(m_dir + "/vgg16.h5", 8);
        tl::fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 10;
        tl::fixtures::writeSyntheticDataset(m_dir + "/data", spec);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    CommandRun cli(const std::vector<std::string>& args, const std::string& scratch = {}) const
    {
        return tl::testing::runCli(args, scratch.empty() ? m_dir : scratch);
    }
    // The settings that name the cache entries, as every command of a test passes them.
    std::vector<std::string> settings(const std::string& cache, int imageSize = 32) const
    {
        return {"--data",      m_dir + "/data", "--weights",    m_dir + "/vgg16.h5",
                "--cache-dir", cache,           "--image-size", std::to_string(imageSize),
                "--precision", "fp32"};
    }
    json jsonOf(const std::string& verb, const std::string& cache, std::vector<std::string> extra = {},
                int imageSize = 32) const
    {
        std::vector<std::string> args = {"cache", verb};
        for (const std::string& arg : settings(cache, imageSize))
            args.push_back(arg);
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back("--json");
        const CommandRun run = cli(args);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return json::parse(run.out);
    }
    std::size_t temporaryFiles(const std::string& cache) const
    {
        std::size_t count = 0;
        for (const auto& entry : fs::recursive_directory_iterator(cache))
            count += entry.path().filename().string().find(".tmp-") != std::string::npos;
        return count;
    }
    std::string m_dir;
};

} // namespace

TEST_F(CacheCommandsTest, ShardsFillTheCacheAndATrainingAfterwardsComputesNone)
{
    const std::string cache = m_dir + "/cache";
    EXPECT_EQ(jsonOf("status", cache)["cached"], 0);
    const json first = jsonOf("fill", cache, {"--shard", "0/2"});
    const json second = jsonOf("fill", cache, {"--shard", "1/2"});
    EXPECT_EQ(first["shard"], "0/2");
    EXPECT_EQ(first["images_in_shard"].get<int>() + second["images_in_shard"].get<int>(), 20);
    EXPECT_EQ(first["computed"].get<int>() + second["computed"].get<int>(), 20);
    EXPECT_EQ(second["from_cache"], 0);
    EXPECT_EQ(second["precision"], "fp32");

    const json status = jsonOf("status", cache, {"--shards", "2", "--verify"});
    EXPECT_EQ(status["cached"], 20);
    EXPECT_EQ(status["total"], 20);
    EXPECT_EQ(status["damaged"], 0);
    EXPECT_EQ(status["incomplete_shards"], json::array());

    std::vector<std::string> train = {"train", "--out", m_dir + "/m.tlmodel", "--epochs", "1", "--json"};
    for (const std::string& arg : settings(cache))
        train.push_back(arg);
    const CommandRun trained = cli(train);
    ASSERT_EQ(trained.exitCode, 0) << trained.err;
    const json outcome = json::parse(trained.out);
    EXPECT_EQ(outcome["features_computed"], 0);
    EXPECT_EQ(outcome["features_from_cache"], 20);
    // All from the cache: the profile puts the time in reading, none in the backbone or in writes.
    const json& profile = outcome["extraction_profile"];
    EXPECT_GT(profile["reading_seconds"].get<double>(), 0);
    EXPECT_EQ(profile["backbone_seconds"], 0.0);
    EXPECT_EQ(profile["decoding_seconds"], 0.0);
    EXPECT_EQ(profile["cache_writing_seconds"], 0.0);
    EXPECT_LE(profile["reading_seconds"].get<double>(), outcome["extraction_seconds"].get<double>());
    EXPECT_GT(outcome["setup_seconds"].get<double>(), 0);

    const CommandRun text = cli({"cache", "status", "--data", m_dir + "/data", "--weights", m_dir + "/vgg16.h5",
                                 "--cache-dir", cache, "--image-size", "64", "--precision", "fp32", "--shards", "3"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(text.out.substr(0, text.out.find(" in ")), "0 of 20 features cached (fp32)");
    EXPECT_NE(text.out.find("\nincomplete shards of 3: 0, 1, 2\n"), std::string::npos) << text.out;
}

TEST_F(CacheCommandsTest, InsideASlurmArrayTaskTheShardComesFromTheEnvironment)
{
    setenv("SLURM_ARRAY_TASK_ID", "7", 1); // --array=5-11:2 → tasks 5, 7, 9, 11: this is the second
    setenv("SLURM_ARRAY_TASK_MIN", "5", 1);
    setenv("SLURM_ARRAY_TASK_STEP", "2", 1);
    setenv("SLURM_ARRAY_TASK_COUNT", "4", 1);
    const json filled = jsonOf("fill", m_dir + "/cache");
    setenv("SLURM_ARRAY_TASK_ID", "13", 1);
    const CommandRun outside = cli({"cache", "fill", "--data", m_dir + "/data", "--weights", m_dir + "/vgg16.h5"});
    for (const char* name :
         {"SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_STEP", "SLURM_ARRAY_TASK_COUNT"})
        unsetenv(name);
    EXPECT_EQ(filled["shard"], "1/4");
    EXPECT_EQ(outside.exitCode, 2);
    EXPECT_EQ(outside.err, "error: the Slurm array task 13 is not one of the array's 4 tasks\n");
    const CommandRun bad = cli({"cache", "fill", "--data", m_dir + "/data", "--shard", "2/2"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, "error: a shard K/N needs 0 <= K < N, e.g. 0/4 for the first of four (got '2/2')\n");
}

// Four writers of the same entries at once, as tasks of two arrays (or a task and a desktop app)
// on one shared folder would be: each entry ends complete, and no temporary file stays.
TEST_F(CacheCommandsTest, ConcurrentWritersOfTheSameEntriesLeaveACompleteCache)
{
    const std::string cache = m_dir + "/cache";
    std::vector<std::future<CommandRun>> writers;
    for (int i = 0; i < 4; ++i) {
        const std::string scratch = m_dir + "/writer" + std::to_string(i);
        fs::create_directories(scratch);
        std::vector<std::string> args = {"cache", "fill", "--json"};
        for (const std::string& arg : settings(cache, 64))
            args.push_back(arg);
        writers.push_back(std::async(std::launch::async, [this, args, scratch] { return cli(args, scratch); }));
    }
    int computed = 0;
    for (auto& writer : writers) {
        const CommandRun run = writer.get();
        ASSERT_EQ(run.exitCode, 0) << run.err;
        const json outcome = json::parse(run.out);
        EXPECT_EQ(outcome["computed"].get<int>() + outcome["from_cache"].get<int>(), 20);
        EXPECT_EQ(outcome["failed"], json::array());
        computed += outcome["computed"].get<int>();
    }
    EXPECT_GE(computed, 20); // every entry at least once; the overlap depends on the timing
    const json status = jsonOf("status", cache, {"--verify"}, 64);
    EXPECT_EQ(status["cached"], 20);
    EXPECT_EQ(status["damaged"], 0);
    EXPECT_EQ(temporaryFiles(cache), 0u);
}

// kill -9 half-way (scancel, a node failure): only complete entries stay, and filling again
// computes exactly the missing ones.
TEST_F(CacheCommandsTest, AFillKilledHalfWayLeavesOnlyCompleteEntries)
{
    std::vector<std::string> fill = {"cache", "fill"};
    for (const std::string& arg : settings(m_dir + "/timed", 128))
        fill.push_back(arg);
    const auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(cli(fill).exitCode, 0);
    const auto fullRun =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();

    const std::string cache = m_dir + "/cache";
    fill = {"cache", "fill"};
    for (const std::string& arg : settings(cache, 128))
        fill.push_back(arg);
    ASSERT_TRUE(tl::testing::runCliKilledAfter(fill, static_cast<int>(fullRun * 3 / 5)))
        << "the fill ended before the kill (" << fullRun << " ms for a whole run)";
    const json killed = jsonOf("status", cache, {"--verify"}, 128);
    EXPECT_EQ(killed["damaged"], 0);
    EXPECT_LT(killed["cached"].get<int>(), 20);
    const json refilled = jsonOf("fill", cache, {}, 128);
    EXPECT_EQ(refilled["computed"].get<int>(), 20 - killed["cached"].get<int>());
    EXPECT_EQ(refilled["from_cache"], killed["cached"]);
    EXPECT_EQ(temporaryFiles(cache), 0u); // a temporary file the kill left is removed
    EXPECT_EQ(jsonOf("status", cache, {"--verify"}, 128)["cached"], 20);
}

TEST_F(CacheCommandsTest, TheBatchScriptRunsCacheFillOnEveryTaskWithQuotedAbsolutePaths)
{
    const std::string odd = m_dir + "/it's a cache";
    const CommandRun written = cli({"slurm",
                                    "--data",
                                    m_dir + "/data",
                                    "--weights",
                                    m_dir + "/vgg16.h5",
                                    "--cache-dir",
                                    odd,
                                    "--tasks",
                                    "8",
                                    "--partition",
                                    "gpu",
                                    "--time",
                                    "01:30:00",
                                    "--cpus-per-task",
                                    "4",
                                    "--gpus-per-task",
                                    "1",
                                    "--augment",
                                    "dihedral",
                                    "--out",
                                    m_dir + "/fill.sbatch",
                                    "--json"});
    ASSERT_EQ(written.exitCode, 0) << written.err;
    EXPECT_EQ(json::parse(written.out), (json{{"script", m_dir + "/fill.sbatch"}, {"tasks", 8}}));
    const std::string script = tl::testing::readFile(m_dir + "/fill.sbatch");
    for (const std::string& line :
         {std::string("#SBATCH --array=0-7\n"), std::string("#SBATCH --partition=gpu\n"),
          std::string("#SBATCH --time=01:30:00\n"), std::string("#SBATCH --cpus-per-task=4\n"),
          std::string("#SBATCH --gpus-per-task=1\n"), "#SBATCH --output=" + m_dir + "/fill-%A_%a.log\n",
          "' 'cache' 'fill' '--backbone' 'vgg16' '--data' '" + m_dir + "/data' '--weights' '" + m_dir +
              "/vgg16.h5' '--cache-dir' '" + m_dir +
              "/it'\\''s a cache' '--image-size' '224' '--augment' 'dihedral' '--precision' 'auto' "
              "'--device' 'cuda'\n"})
        EXPECT_NE(script.find(line), std::string::npos) << line << "\nnot in:\n" << script;
    struct stat info {};
    ASSERT_EQ(stat((m_dir + "/fill.sbatch").c_str(), &info), 0);
    EXPECT_TRUE(info.st_mode & S_IXUSR);
    // The script is bash that the shell parses back into the same words.
    const CommandRun parsed = tl::testing::runCommand({"bash", "-n", m_dir + "/fill.sbatch"}, m_dir);
    EXPECT_EQ(parsed.exitCode, 0) << parsed.err;

    const std::string path = std::getenv("PATH");
    setenv("PATH", "/nonexistent", 1);
    const CommandRun noSlurm = cli({"slurm", "--data", m_dir + "/data", "--cache-dir", odd, "--tasks", "2", "--out",
                                    m_dir + "/b.sbatch", "--submit"});
    setenv("PATH", path.c_str(), 1);
    EXPECT_EQ(noSlurm.exitCode, 1);
    EXPECT_EQ(noSlurm.err, "error: cannot submit the job: 'sbatch' was not found (install Slurm's client, or run "
                           "this on a login node of the cluster); the script is ready in '" +
                               m_dir + "/b.sbatch'\n");
    EXPECT_EQ(cli({"slurm", "--data", m_dir + "/data", "--cache-dir", odd, "--tasks", "0"}).err,
              "error: --tasks must be at least 1\n");
}

// What goes into an #SBATCH line is checked: a newline there would make the rest a shell command
// of the batch script, which the cluster then runs.
TEST_F(CacheCommandsTest, ValuesThatWouldBreakOutOfAnSbatchLineAreUsageErrors)
{
    const std::string script = m_dir + "/checked.sbatch";
    auto slurm = [&](const std::string& option, const std::string& value) {
        return cli({"slurm", "--data", m_dir + "/data", "--cache-dir", m_dir + "/cache", "--tasks", "2", "--out",
                    script, option, value});
    };
    const struct {
        std::string option, value, error;
    } refused[] = {
        {"--partition", "x\ntouch " + m_dir + "/owned",
         "error: --partition 'x\\ntouch " + m_dir +
             "/owned' is not a value Slurm accepts (expected a partition name of letters, digits, '_', '-' and '.', "
             "or several separated by commas)\n"},
        {"--partition", "gpu\r#SBATCH --mem=1", ""},
        {"--partition", "gpu;id", ""},
        {"--partition", "$(id)", ""},
        {"--time", "01:00:00\ntouch " + m_dir + "/owned",
         "error: --time '01:00:00\\ntouch " + m_dir +
             "/owned' is not a value Slurm accepts (expected HH:MM:SS, MM, MM:SS, D-HH, D-HH:MM or D-HH:MM:SS)\n"},
        {"--time", "1 hour", ""},
        {"--time", "01:00:00 --mem=1", ""},
        {"--cpus-per-task", "4\ntouch x", "error: --cpus-per-task expects a whole number, got '4\ntouch x'\n"},
        {"--gpus-per-task", "1;id", "error: --gpus-per-task expects a whole number, got '1;id'\n"},
        {"--out", m_dir + "/a\nb.sbatch", "error: --out must not contain a line break\n"},
    };
    for (const auto& bad : refused) {
        const CommandRun run = slurm(bad.option, bad.value);
        EXPECT_EQ(run.exitCode, 2) << bad.option << " " << bad.value;
        if (!bad.error.empty()) {
            EXPECT_EQ(run.err, bad.error);
        }
        EXPECT_FALSE(std::filesystem::exists(script)) << bad.value;
    }
    EXPECT_FALSE(std::filesystem::exists(m_dir + "/owned"));

    for (const std::string time : {"90", "30:00", "1:30:00", "2-12", "2-12:30", "2-12:30:00", "UNLIMITED"}) {
        EXPECT_EQ(slurm("--time", time).exitCode, 0) << time;
        EXPECT_NE(tl::testing::readFile(script).find("#SBATCH --time=" + time + "\n"), std::string::npos);
    }
    EXPECT_EQ(slurm("--partition", "gpu,cpu.long-2").exitCode, 0);
}
