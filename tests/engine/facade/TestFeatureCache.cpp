// The feature cache filled ahead of training in shards: the shards cover the dataset exactly
// once, the status counts what a training would find, and a training afterwards computes nothing.
#include "AtomicFile.h"
#include "ErrorMessage.h"
#include "FeatureCache.h"
#include "Fixtures.h"
#include "Hashing.h"
#include "Training.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace tl;
namespace fs = std::filesystem;

class FeatureCacheTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fixtures::makeTempDir("tl-feature-cache");
        fixtures::writeSeededVgg16Weights(m_dir + "/vgg16.h5", 8);
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 6;
        fixtures::writeSyntheticDataset(m_dir + "/data", spec);
        m_dataset = scanDataset(m_dir + "/data");
    }
    void TearDown() override { fs::remove_all(m_dir); }
    TrainConfig config() const
    {
        TrainConfig config = fixtures::smallTrainConfig(m_dir);
        config.epochs = 1;
        return config;
    }
    std::vector<fs::path> entryFiles() const
    {
        std::vector<fs::path> files;
        for (const auto& entry : fs::recursive_directory_iterator(m_dir + "/cache"))
            if (entry.is_regular_file() && entry.path().extension() == ".feat")
                files.push_back(entry.path());
        return files;
    }
    std::string m_dir;
    Dataset m_dataset;
};

TEST(ShardTest, ShardsFollowTheContentHashAndParseStrictly)
{
    // The first 16 hex digits as a number, modulo the count: worked out by hand.
    EXPECT_EQ(shardOfContent("000000000000000a" + std::string(48, 'f'), 4), 10 % 4);
    EXPECT_EQ(shardOfContent("0000000000000100" + std::string(48, '0'), 3), 256 % 3);
    EXPECT_EQ(shardOfContent("ffffffffffffffff" + std::string(48, '0'), 7),
              static_cast<int>(0xffffffffffffffffULL % 7));
    EXPECT_EQ(shardFromString("2/4").index, 2);
    EXPECT_EQ(shardFromString("2/4").count, 4);
    EXPECT_EQ(fixtures::errorMessageOf([] { shardFromString("4/4"); }),
              "a shard K/N needs 0 <= K < N, e.g. 0/4 for the first of four (got '4/4')");
    EXPECT_EQ(fixtures::errorMessageOf([] { shardFromString("1/2x"); }),
              "a shard K/N needs 0 <= K < N, e.g. 0/4 for the first of four (got '1/2x')");
    EXPECT_EQ(fixtures::errorMessageOf([] { shardFromString("three"); }),
              "a shard is written K/N, e.g. 0/4 for the first of four (got 'three')");
}

TEST_F(FeatureCacheTest, ShardsCoverEveryImageOnceAndTrainingThenComputesNone)
{
    const int shards = 3;
    std::size_t computed = 0;
    std::set<int> nonEmpty;
    for (int k = 0; k < shards; ++k) {
        const CacheFillOutcome outcome = fillFeatureCache(m_dataset, config(), {k, shards}).value();
        EXPECT_EQ(outcome.computed, outcome.imagesInShard);
        EXPECT_EQ(outcome.fromCache, 0u); // no shard computes another's images
        EXPECT_TRUE(outcome.failed.empty());
        computed += outcome.computed;
        if (outcome.imagesInShard > 0)
            nonEmpty.insert(k);
        // After shard k, the status names exactly the shards not yet filled.
        const CacheStatus status = featureCacheStatus(m_dataset, config(), shards, true).value();
        std::vector<int> expected;
        for (int later = k + 1; later < shards; ++later)
            for (const ImageEntry& image : m_dataset.images)
                if (shardOfContent(sha256OfFile(image.path), shards) == later) {
                    expected.push_back(later);
                    break;
                }
        EXPECT_EQ(status.incompleteShards, expected) << "after shard " << k;
    }
    EXPECT_EQ(computed, m_dataset.images.size());
    EXPECT_EQ(nonEmpty.size(), 3u); // 12 images: every shard got some
    EXPECT_EQ(entryFiles().size(), m_dataset.images.size());

    const CacheStatus status = featureCacheStatus(m_dataset, config(), shards, true).value();
    EXPECT_EQ(status.cached, 12u);
    EXPECT_EQ(status.total, 12u);
    EXPECT_EQ(status.damaged, 0u);
    const TrainingOutcome trained = trainModel(m_dataset, config(), m_dir + "/m.tlmodel", false).value();
    EXPECT_EQ(trained.featuresComputed, 0u);
    EXPECT_EQ(trained.featuresFromCache, 12u);
}

TEST_F(FeatureCacheTest, DihedralEntriesAreFilledAndServeATrainingWithoutAugmentation)
{
    TrainConfig augmented = config();
    augmented.augmentation = Augmentation::Dihedral;
    EXPECT_EQ(fillFeatureCache(m_dataset, augmented, {}).value().computed, 12u);
    EXPECT_EQ(featureCacheStatus(m_dataset, augmented, 1, false).value().cached, 12u);
    EXPECT_EQ(featureCacheStatus(m_dataset, config(), 1, false).value().cached, 12u); // view 0 serves
    TrainConfig larger = config();
    larger.imageSize = 64; // another size: other entries
    EXPECT_EQ(featureCacheStatus(m_dataset, larger, 1, false).value().cached, 0u);
    EXPECT_EQ(featureCacheStatus(m_dataset, larger, 1, false).value().incompleteShards, std::vector<int>{0});
}

TEST_F(FeatureCacheTest, DamagedEntriesAreCountedAndRecomputedByTheNextFill)
{
    fillFeatureCache(m_dataset, config(), {});
    const std::vector<fs::path> entries = entryFiles();
    fs::resize_file(entries[0], fs::file_size(entries[0]) - 7); // torn: found without reading it all
    {
        std::fstream flipped(entries[1], std::ios::in | std::ios::out | std::ios::binary);
        flipped.seekp(-3, std::ios::end);
        flipped.write("XYZ", 3); // same size: only the checksum tells
    }
    EXPECT_EQ(featureCacheStatus(m_dataset, config(), 1, false).value().damaged, 1u);
    const CacheStatus verified = featureCacheStatus(m_dataset, config(), 1, true).value();
    EXPECT_EQ(verified.damaged, 2u);
    EXPECT_EQ(verified.cached, 10u);
    const CacheFillOutcome refill = fillFeatureCache(m_dataset, config(), {}).value();
    EXPECT_EQ(refill.damagedRecomputed, 2u);
    EXPECT_EQ(refill.computed, 2u);
    EXPECT_EQ(refill.fromCache, 10u);
    EXPECT_EQ(featureCacheStatus(m_dataset, config(), 1, true).value().cached, 12u);
}

TEST_F(FeatureCacheTest, TemporaryFilesOfDeadWritersOnThisHostAreRemovedAndNoOthers)
{
    fillFeatureCache(m_dataset, config(), {});
    const fs::path folder = entryFiles().front().parent_path();
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    ASSERT_GT(child, 0);
    waitpid(child, nullptr, 0); // now a process id that no process has
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    std::string host = name;
    std::replace(host.begin(), host.end(), '-', '_'); // as AtomicFile writes it
    const std::string dead = (folder / ("x.feat.tmp-" + host + "-" + std::to_string(child) + "-1")).string();
    const std::string alive = (folder / ("y.feat.tmp-" + host + "-" + std::to_string(getpid()) + "-2")).string();
    const std::string elsewhere = (folder / ("z.feat.tmp-another_host-" + std::to_string(child) + "-3")).string();
    for (const std::string& path : {dead, alive, elsewhere})
        std::ofstream(path) << "partial";
    EXPECT_EQ(removeAbandonedTemporaryFiles(m_dir + "/cache"), 1u);
    EXPECT_FALSE(fs::exists(dead));
    EXPECT_TRUE(fs::exists(alive));
    EXPECT_TRUE(fs::exists(elsewhere));
    EXPECT_EQ(featureCacheStatus(m_dataset, config(), 1, true).value().cached, 12u); // temporaries are never entries
}
