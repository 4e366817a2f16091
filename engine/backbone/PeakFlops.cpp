#include "PeakFlops.h"

#include <immintrin.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace tl {
namespace {

// Independent accumulators hide the FMA latency (4-5 cycles, two units): 12 chains keep both busy.
constexpr int kChains = 12;
constexpr long kRoundsPerCheck = 1 << 16;

using Clock = std::chrono::steady_clock;

// Each kernel returns the fp32 operations it did until `stop`, and a value the compiler must keep.
__attribute__((target("avx512f"))) double avx512Loop(const std::atomic<bool>& stop, float& sink)
{
    __m512 acc[kChains];
    for (int i = 0; i < kChains; ++i)
        acc[i] = _mm512_set1_ps(1.0f + 1e-3f * i);
    const __m512 a = _mm512_set1_ps(0.999999f), b = _mm512_set1_ps(1e-7f);
    double flops = 0;
    while (!stop.load(std::memory_order_relaxed)) {
        for (long r = 0; r < kRoundsPerCheck; ++r)
            for (int i = 0; i < kChains; ++i)
                acc[i] = _mm512_fmadd_ps(acc[i], a, b);
        flops += 2.0 * 16 * kChains * kRoundsPerCheck;
    }
    alignas(64) float lanes[16];
    for (int i = 0; i < kChains; ++i) {
        _mm512_store_ps(lanes, acc[i]);
        for (float lane : lanes)
            sink += lane;
    }
    return flops;
}

__attribute__((target("avx2,fma"))) double avx2Loop(const std::atomic<bool>& stop, float& sink)
{
    __m256 acc[kChains];
    for (int i = 0; i < kChains; ++i)
        acc[i] = _mm256_set1_ps(1.0f + 1e-3f * i);
    const __m256 a = _mm256_set1_ps(0.999999f), b = _mm256_set1_ps(1e-7f);
    double flops = 0;
    while (!stop.load(std::memory_order_relaxed)) {
        for (long r = 0; r < kRoundsPerCheck; ++r)
            for (int i = 0; i < kChains; ++i)
                acc[i] = _mm256_fmadd_ps(acc[i], a, b);
        flops += 2.0 * 8 * kChains * kRoundsPerCheck;
    }
    alignas(32) float lanes[8];
    for (int i = 0; i < kChains; ++i) {
        _mm256_store_ps(lanes, acc[i]);
        for (float lane : lanes)
            sink += lane;
    }
    return flops;
}

double scalarLoop(const std::atomic<bool>& stop, float& sink)
{
    float acc[kChains];
    for (int i = 0; i < kChains; ++i)
        acc[i] = 1.0f + 1e-3f * i;
    double flops = 0;
    while (!stop.load(std::memory_order_relaxed)) {
        for (long r = 0; r < kRoundsPerCheck; ++r)
            for (float& value : acc)
                value = value * 0.999999f + 1e-7f;
        flops += 2.0 * kChains * kRoundsPerCheck;
    }
    for (float value : acc)
        sink += value;
    return flops;
}

} // namespace

PeakFlops measurePeakFp32Flops(int threads, double seconds)
{
    __builtin_cpu_init();
    const bool avx512 = __builtin_cpu_supports("avx512f");
    const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    auto loop = avx512 ? avx512Loop : avx2 ? avx2Loop : scalarLoop;
    PeakFlops peak{0, avx512 ? "AVX-512 FMA" : avx2 ? "AVX2 FMA" : "scalar", threads};

    std::atomic<bool> stop{false};
    std::vector<double> flops(static_cast<std::size_t>(threads));
    std::vector<float> sinks(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    const auto start = Clock::now();
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] { flops[t] = loop(stop, sinks[t]); });
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (std::thread& worker : workers)
        worker.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    for (double done : flops)
        peak.gflops += done / elapsed / 1e9;
    return peak;
}

} // namespace tl
