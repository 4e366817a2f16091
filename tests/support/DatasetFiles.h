#pragma once
// For tests that put odd files into a dataset folder and read back what the scan made of them.
#include "Dataset.h"

#include <filesystem>
#include <fstream>
#include <string>

namespace tl::fixtures {

// Writes bytes to path, creating its folders.
inline void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

// Why the scan skipped the file named fileName, or "(not skipped)".
inline std::string reasonFor(const Dataset& dataset, const std::string& fileName)
{
    for (const SkippedFile& skipped : dataset.skipped)
        if (std::filesystem::path(skipped.path).filename() == fileName)
            return skipped.reason.english();
    return "(not skipped)";
}

} // namespace tl::fixtures
