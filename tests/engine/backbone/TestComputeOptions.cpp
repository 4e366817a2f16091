#include "ComputeOptions.h"

#include <gtest/gtest.h>

#include <cstdlib>

// ONEDNN_MAX_CPU_ISA caps what oneDNN runs: bf16 and int8 paths beyond the cap would fail to
// create their primitives, so the CPU's flags count only up to it.
TEST(ComputeOptionsTest, OneDnnsCapAllowsTheInstructionSetsUpToIt)
{
    EXPECT_TRUE(tl::oneDnnCapAllows("AVX2", "AVX2"));
    EXPECT_TRUE(tl::oneDnnCapAllows("avx2", "AVX")); // oneDNN reads the variable in any case
    EXPECT_FALSE(tl::oneDnnCapAllows("AVX2", "AVX2_VNNI"));
    EXPECT_FALSE(tl::oneDnnCapAllows("AVX2", "AVX512_CORE_BF16"));
    EXPECT_TRUE(tl::oneDnnCapAllows("AVX512_CORE_VNNI", "AVX512_CORE_VNNI"));
    EXPECT_FALSE(tl::oneDnnCapAllows("AVX512_CORE_VNNI", "AVX512_CORE_BF16"));
    EXPECT_TRUE(tl::oneDnnCapAllows("AVX10_1_512_AMX", "AVX512_CORE_AMX")); // the newer name of the same set
    EXPECT_FALSE(tl::oneDnnCapAllows("AVX10_1_512", "AVX512_CORE_AMX"));
}

TEST(ComputeOptionsTest, NoCapAllCapOrAnUnknownCapCapsNothing)
{
    for (const char* cap : {"", "ALL", "all", "A_FUTURE_ISA"})
        EXPECT_TRUE(tl::oneDnnCapAllows(cap, "AVX512_CORE_AMX_FP16")) << cap;
}

// The answers are computed once per process: the check runs in a fresh one.
TEST(ComputeOptionsTest, UnderAnAvx2CapNoCpuHasNativeBf16OrAnInt8DotProduct)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            setenv("ONEDNN_MAX_CPU_ISA", "AVX2", 1);
            std::exit(tl::cpuHasNativeBf16() || tl::cpuHasInt8DotProduct() ? 1 : 0);
        },
        testing::ExitedWithCode(0), "");
}
