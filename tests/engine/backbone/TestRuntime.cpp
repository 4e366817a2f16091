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

// A forward pass allocates and frees each layer's activations: the next batch must find that
// memory ready, not fault it in from the kernel page by page (Runtime.cpp). Release only (the asan
// test preset leaves it out): AddressSanitizer's allocator replaces glibc's and quarantines freed memory.
TEST(RuntimeTest, AFreedLargeTensorsMemoryIsReusedWithoutFaultingItInAgain)
{
    tl::setUpRuntime();
    constexpr std::int64_t kFloats = 16 << 20; // 64 MB, over glibc's largest default mmap threshold (32 MB)
    for (int warmUp = 0; warmUp < 2; ++warmUp)
        (void)torch::ones({kFloats}); // allocated, written and freed, as by the batches before
    const long before = minorPageFaults();
    const torch::Tensor again = torch::ones({kFloats});
    const long faults = minorPageFaults() - before;
    EXPECT_EQ(again.sum().item<double>(), static_cast<double>(kFloats));
    EXPECT_LT(faults, 1000) << "the third 64 MB tensor faulted in " << faults << " pages (16,384 when mapped afresh)";
}
