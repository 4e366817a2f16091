#pragma once
// Where TransferLab keeps its files by default, following the XDG base-directory convention.
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
// The Keras ImageNet VGG16 notop file inside defaultWeightsDir().
std::string defaultWeightsPath();
// Where the app and the CLI write the demo weights (DemoWeights.h), inside defaultWeightsDir().
std::string demoWeightsPath();

constexpr const char* kKerasVgg16NotopFileName = "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5";
constexpr const char* kKerasVgg16NotopUrl = "https://storage.googleapis.com/tensorflow/keras-applications/vgg16/"
                                            "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5";
constexpr const char* kKerasVgg16NotopMd5 = "6d6bbae143d832006294945121d1f1fc";

} // namespace tl
