#include "Paths.h"

#include <cstdlib>

namespace tl {
namespace {

std::string xdgFolder(const char* variable, const char* fallbackUnderHome)
{
    if (const char* value = std::getenv(variable); value && *value)
        return value;
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/" + fallbackUnderHome;
    return ".transferlab";
}

} // namespace

std::string defaultCacheDir()
{
    return xdgFolder("XDG_CACHE_HOME", ".cache") + "/transferlab/features";
}
std::string cacheDirOrDefault(const std::string& configured)
{
    return configured.empty() ? defaultCacheDir() : configured;
}
std::string defaultDataDir()
{
    return xdgFolder("XDG_DATA_HOME", ".local/share") + "/transferlab";
}
std::string defaultWeightsDir()
{
    return defaultDataDir() + "/weights";
}
std::string defaultModelsDir()
{
    return defaultDataDir() + "/models";
}
std::string defaultWeightsPath(BackboneId backbone)
{
    return defaultWeightsDir() + "/" + backboneSpec(backbone).kerasFileName;
}

std::string demoWeightsPath(BackboneId backbone)
{
    return defaultWeightsDir() + "/transferlab-demo-" + toString(backbone) + ".h5";
}

} // namespace tl
