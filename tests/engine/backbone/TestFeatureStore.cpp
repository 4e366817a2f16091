#include "FeatureStore.h"
#include "Fixtures.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace tl;
namespace fs = std::filesystem;

class FeatureStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fixtures::makeTempDir("tl-store");
        fixtures::writeSeededVgg16Weights(m_dir + "/vgg16.h5", 5);
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 3;
        m_paths = fixtures::writeSyntheticDataset(m_dir + "/data", spec);
        m_backbone = Backbone::load(BackboneId::Vgg16, m_dir + "/vgg16.h5", Precision::Fp32, DeviceChoice::Cpu);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::vector<fs::path> entries(const FeatureStore& store) const
    {
        std::vector<fs::path> files;
        for (const auto& entry : fs::recursive_directory_iterator(store.folder()))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        return files;
    }
    std::string m_dir;
    std::vector<std::string> m_paths;
    std::shared_ptr<Backbone> m_backbone;
};

TEST_F(FeatureStoreTest, SecondExtractionComesFromTheCacheWithIdenticalFeatures)
{
    const FeatureStore store(m_dir + "/cache", m_backbone, 32);
    const ExtractedFeatures first = store.extract(m_paths, 1, 4);
    EXPECT_EQ(first.computed, m_paths.size());
    EXPECT_EQ(first.fromCache, 0u);
    EXPECT_EQ(first.features.sizes(), torch::IntArrayRef({6, 1, 512, 1, 1}));
    const ExtractedFeatures second = store.extract(m_paths, 1, 4);
    EXPECT_EQ(second.computed, 0u);
    EXPECT_EQ(second.fromCache, m_paths.size());
    EXPECT_TRUE(first.features.equal(second.features));
    EXPECT_EQ(entries(store).size(), m_paths.size());
}

TEST_F(FeatureStoreTest, DamagedEntryIsDetectedAndRecomputed)
{
    const FeatureStore store(m_dir + "/cache", m_backbone, 32);
    const ExtractedFeatures first = store.extract(m_paths, 1, 4);
    const fs::path victim = entries(store).front();
    {
        std::fstream file(victim, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(-5, std::ios::end);
        file.write("XXXXX", 5);
    }
    const ExtractedFeatures second = store.extract(m_paths, 1, 4);
    EXPECT_EQ(second.damagedEntries, 1u);
    EXPECT_EQ(second.computed, 1u);
    // Recomputed alone rather than in a batch: equal up to float rounding.
    EXPECT_LT(((first.features - second.features).norm() / first.features.norm()).item<double>(), 1e-5);
}

TEST_F(FeatureStoreTest, DihedralEntriesServePlainRequestsAndUndecodableImagesAreReported)
{
    std::ofstream(m_dir + "/data/benign/broken.png", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n", 8) << "junk";
    std::vector<std::string> paths = m_paths;
    paths.push_back(m_dir + "/data/benign/broken.png");
    const FeatureStore store(m_dir + "/cache", m_backbone, 32);
    const ExtractedFeatures augmented = store.extract(paths, kDihedralViews, 16);
    EXPECT_EQ(augmented.features.size(1), kDihedralViews);
    EXPECT_FALSE(augmented.features[0][0].equal(augmented.features[0][1]));
    EXPECT_FALSE(augmented.failures.front());
    ASSERT_TRUE(augmented.failures.back());
    EXPECT_NE(augmented.failures.back()->english().find("not a readable image"), std::string::npos);
    const ExtractedFeatures plain = store.extract(m_paths, 1, 16);
    EXPECT_EQ(plain.fromCache, m_paths.size());
    EXPECT_TRUE(plain.features.select(1, 0).equal(augmented.features.slice(0, 0, 6).select(1, 0)));
    const ExtractedFeatures again = store.extract(m_paths, kDihedralViews, 16);
    EXPECT_EQ(again.fromCache, m_paths.size());
    EXPECT_TRUE(again.features.equal(augmented.features.slice(0, 0, 6))) << "all eight cached views come back";
}
