#include "ComputeOptions.h"

#include "Choices.h"

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

bool cpuHasNativeBf16()
{
    static const bool native = cpuFlag("amx_bf16") || cpuFlag("avx512_bf16");
    return native;
}

bool cpuHasInt8DotProduct()
{
    static const bool native = cpuFlag("avx512_vnni") || cpuFlag("avx_vnni") || cpuFlag("amx_int8");
    return native;
}

} // namespace tl
