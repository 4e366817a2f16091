#include "ComputeOptions.h"

#include "Choices.h"

namespace tl {
namespace {

const Choice<Precision> kPrecisions[] = {
    {"auto", Precision::Auto}, {"fp32", Precision::Fp32}, {"bf16", Precision::Bf16}};
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

} // namespace tl
