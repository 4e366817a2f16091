#pragma once
// This CPU's fp32 arithmetic peak, measured rather than looked up: every thread runs a loop of
// independent fused multiply-adds on the widest vectors the CPU has (AVX-512 or AVX2+FMA), so the
// benchmark can say what share of the machine a path uses. Plain C++, no libtorch.
#include <string>

namespace tl {

struct PeakFlops {
    double gflops = 0;        // all threads together
    std::string instructions; // "AVX-512 FMA", "AVX2 FMA" or "scalar"
    int threads = 0;
};

PeakFlops measurePeakFp32Flops(int threads, double seconds);

} // namespace tl
