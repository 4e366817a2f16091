#pragma once
// The model card: what someone receiving the model needs to judge it (classes, the data it
// learned from, how it was trained, how well it did, which backbone it stands on and under which
// licence, and what it must not be used for). Markdown for people, JSON for tools. Neither names a
// local path: a card is made to be shared.
#include "ModelInfo.h"

#include <string>

namespace tl {

// The model information with every local path removed (weights, cache, backbone location).
ModelInfo withoutLocalPaths(ModelInfo info);

std::string modelCardMarkdown(const ModelInfo& info);
std::string modelCardJson(const ModelInfo& info);

} // namespace tl
