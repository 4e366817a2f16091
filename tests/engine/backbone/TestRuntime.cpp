#include "Runtime.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <sys/resource.h>

namespace {

long minorPageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

} // namespace

// A forward pass allocates and frees each layer's activations: batch after batch, that memory must
// be ready for the next one, not faulted in from the kernel page by page (Runtime.cpp). Release
// only (the asan test preset leaves it out): AddressSanitizer's allocator replaces glibc's.
// The first few allocations may each take fresh memory: a small block that stays behind one can
// keep the next, padded for alignment, from fitting in its place. Only the steady state counts.
TEST(RuntimeTest, AFreedLargeTensorsMemoryIsReusedWithoutFaultingItInAgain)
{
    tl::setUpRuntime();
    constexpr std::int64_t kFloats = 16 << 20; // 64 MB, over glibc's largest default mmap threshold (32 MB)
    constexpr int kWarmUps = 16;               // the heap stopped growing after 7 here, with 1 or 2 threads
    constexpr int kMeasured = 10;
    for (int warmUp = 0; warmUp < kWarmUps; ++warmUp)
        (void)torch::ones({kFloats}); // allocated, written and freed, as by the batches before
    const long before = minorPageFaults();
    double sum = 0;
    for (int batch = 0; batch < kMeasured; ++batch)
        sum += torch::ones({kFloats}).sum().item<double>();
    const long faults = minorPageFaults() - before;
    EXPECT_EQ(sum, static_cast<double>(kMeasured * kFloats));
    // Mapped afresh, each would fault in 16,384 pages: ten of them, 163,840.
    EXPECT_LT(faults, 4096) << kMeasured << " 64 MB tensors after " << kWarmUps << " faulted in " << faults << " pages";
}
