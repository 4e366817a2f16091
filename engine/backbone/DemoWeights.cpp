#include "DemoWeights.h"

#include "Error.h"
#include "FileKind.h"
#include "Hdf5File.h"
#include "SeededWeights.h"

#include <filesystem>

namespace tl {
namespace {

// The mark is a root attribute, so that it travels with the file (a copy, another name) and cannot
// be mistaken: Keras never writes it.
constexpr const char* kDemoAttribute = "transferlab_demo_weights";
constexpr const char* kDemoNote = "seeded random weights, not ImageNet's: results are not meaningful";
constexpr std::uint64_t kDemoSeed = 1;

} // namespace

void writeDemoWeights(const std::string& path, BackboneId backbone)
{
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::error_code ignored; // a folder that cannot be made fails the write below, with the path
    if (!folder.empty())
        std::filesystem::create_directories(folder, ignored);
    writeKerasWeights(path, seededKerasLayers(backbone, kDemoSeed), KerasNaming::Modern, {{kDemoAttribute, kDemoNote}});
}

bool isDemoWeights(const std::string& path)
{
    if (sniffFileKind(path) != FileKind::Hdf5)
        return false;
    try {
        return Hdf5File(path, Hdf5File::Mode::Read).hasAttribute("/", kDemoAttribute);
    } catch (const Error&) {
        return false; // damaged: whoever loads it says why
    }
}

} // namespace tl
