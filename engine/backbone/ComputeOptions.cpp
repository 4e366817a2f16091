#include "ComputeOptions.h"

#include "Choices.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>

namespace tl {
namespace {

bool cpuFlag(const std::string& flag)
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string word;
    while (cpuinfo >> word)
        if (word == flag)
            return true;
    return false;
}

const Choice<Precision> kPrecisions[] = {
    {"auto", Precision::Auto}, {"fp32", Precision::Fp32}, {"bf16", Precision::Bf16}, {"int8", Precision::Int8}};
const Choice<DeviceChoice> kDevices[] = {
    {"auto", DeviceChoice::Auto}, {"cpu", DeviceChoice::Cpu}, {"cuda", DeviceChoice::Cuda}};

} // namespace

const char* toString(Precision value)
{
    return nameOf(value, kPrecisions);
}
const char* toString(DeviceChoice value)
{
    return nameOf(value, kDevices);
}
Precision precisionFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "precision"), kPrecisions);
}
DeviceChoice deviceFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "device"), kDevices);
}

bool oneDnnCapAllows(const std::string& cap, const std::string& isa)
{
    // oneDNN's names, weakest first (its documentation of ONEDNN_MAX_CPU_ISA), with the newer
    // names of AVX512_CORE_FP16 and the AMX sets at the rank of the old ones.
    struct Rank {
        const char* name;
        int rank;
    };
    static const Rank kRanks[] = {{"SSE41", 0},
                                  {"AVX", 1},
                                  {"AVX2", 2},
                                  {"AVX2_VNNI", 3},
                                  {"AVX2_VNNI_2", 4},
                                  {"AVX512_CORE", 5},
                                  {"AVX512_CORE_VNNI", 6},
                                  {"AVX512_CORE_BF16", 7},
                                  {"AVX512_CORE_FP16", 8},
                                  {"AVX10_1_512", 8},
                                  {"AVX512_CORE_AMX", 9},
                                  {"AVX10_1_512_AMX", 9},
                                  {"AVX512_CORE_AMX_FP16", 10},
                                  {"AVX10_1_512_AMX_FP16", 10}};
    const auto rankOf = [](std::string name) {
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
        for (const Rank& entry : kRanks)
            if (name == entry.name)
                return entry.rank;
        return -1;
    };
    const int capRank = rankOf(cap);
    return capRank < 0 || rankOf(isa) <= capRank;
}

namespace {

// The cap set for this process: ONEDNN_MAX_CPU_ISA, or its old name.
bool oneDnnMayUse(const std::string& isa)
{
    const char* cap = std::getenv("ONEDNN_MAX_CPU_ISA");
    if (!cap)
        cap = std::getenv("DNNL_MAX_CPU_ISA");
    return oneDnnCapAllows(cap ? cap : "", isa);
}

bool cpuHasFor(const char* flag, const char* isa)
{
    return cpuFlag(flag) && oneDnnMayUse(isa);
}

} // namespace

bool cpuHasNativeBf16()
{
    static const bool native = cpuHasFor("amx_bf16", "AVX512_CORE_AMX") || cpuHasFor("avx512_bf16", "AVX512_CORE_BF16");
    return native;
}

bool cpuHasInt8DotProduct()
{
    static const bool native = cpuHasFor("avx512_vnni", "AVX512_CORE_VNNI") || cpuHasFor("avx_vnni", "AVX2_VNNI") ||
                               cpuHasFor("amx_int8", "AVX512_CORE_AMX");
    return native;
}

} // namespace tl
