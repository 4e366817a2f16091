#pragma once
// Where TransferLab keeps its files by default, following the XDG base-directory convention.
#include "Backbones.h"

#include <string>

namespace tl {

// $XDG_CACHE_HOME/transferlab/features, or ~/.cache/transferlab/features.
std::string defaultCacheDir();
// The configured feature-cache folder, or defaultCacheDir() when none is configured.
std::string cacheDirOrDefault(const std::string& configured);
// The one data folder of the app and the CLI: $XDG_DATA_HOME/transferlab, or
// ~/.local/share/transferlab. It holds weights/, models/ and the app's run history.
std::string defaultDataDir();
// defaultDataDir()/weights
std::string defaultWeightsDir();
// defaultDataDir()/models: the app's models, one file per run unless the user chose one.
std::string defaultModelsDir();
// The backbone's Keras ImageNet file (BackboneSpec::kerasFileName) inside defaultWeightsDir().
std::string defaultWeightsPath(BackboneId backbone);
// Where the app and the CLI write the backbone's demo weights (DemoWeights.h), inside defaultWeightsDir().
std::string demoWeightsPath(BackboneId backbone);

} // namespace tl
