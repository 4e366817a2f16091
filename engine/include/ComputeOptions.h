#pragma once
// Where and in which number format the backbone runs. Chosen by the user (TrainConfig, the CLI's
// --precision and --device), resolved by the backbone for the machine it finds.
#include <string>

namespace tl {

enum class Precision { Auto, Fp32, Bf16, Int8 };
enum class DeviceChoice { Auto, Cpu, Cuda };

// Names used by the CLI, the model file and the UI.
const char* toString(Precision value);
const char* toString(DeviceChoice value);
Precision precisionFromString(const std::string& text);
DeviceChoice deviceFromString(const std::string& text);

// True where the CPU runs bf16 arithmetic natively (AMX-BF16 or AVX512-BF16); elsewhere libtorch
// emulates it, some 30 times slower than fp32.
bool cpuHasNativeBf16();
// True where the CPU has an int8 dot-product instruction (AVX512-VNNI, AVX-VNNI or AMX-INT8).
bool cpuHasInt8DotProduct();
// Both count only what oneDNN may use: ONEDNN_MAX_CPU_ISA (or DNNL_MAX_CPU_ISA) caps the
// instruction sets it runs, and a bf16 or int8 primitive beyond the cap cannot be created. True
// when cap (a value of that variable, any case) lets oneDNN use isa (one of its names); an empty,
// ALL or unknown cap caps nothing.
bool oneDnnCapAllows(const std::string& cap, const std::string& isa);

} // namespace tl
