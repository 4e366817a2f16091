#pragma once
// What the three fuzz targets share: the loaders under test take a path, so each input is
// written to a file first; and a loader's only allowed way to refuse an input is tl::Error.
#include "Error.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

namespace tl::fuzz {

// The process id, zero-padded: the path's length then never changes, and neither do the error
// messages that name it, whose lengths the coverage counters see (same seed, same run).
inline std::string fixedWidthPid()
{
    std::string pid = std::to_string(getpid());
    return std::string(pid.size() < 10 ? 10 - pid.size() : 0, '0') + pid;
}

// One file per fuzzer process, rewritten for every input and removed when the fuzzer exits
// normally (after a finding, libFuzzer saves the input itself).
inline std::string writeInputFile(const std::uint8_t* data, std::size_t size, const std::string& extension)
{
    static const struct InputFile {
        std::string path;
        ~InputFile() { std::remove(path.c_str()); }
    } file{"/tmp/tl-fuzz-" + fixedWidthPid() + extension};
    std::ofstream(file.path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return file.path;
}

// A loader accepted an input and returned something inconsistent: a finding like a crash.
inline void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz finding: %s\n", what);
        std::abort();
    }
}

// Runs load(); tl::Error is the loader refusing bad input clearly, which is what it should do.
// Any other exception escapes, and libFuzzer reports it with the input that caused it.
template <typename Load> void refusedOnlyWithError(Load load)
{
    try {
        load();
    } catch (const tl::Error&) {
    }
}

} // namespace tl::fuzz
