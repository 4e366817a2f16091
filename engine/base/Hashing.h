#pragma once
// Content hashes (SHA-256, lowercase hex) that identify images, weight files and cache entries.
#include <cstddef>
#include <string>

namespace tl {

std::string sha256Hex(const void* data, std::size_t size);
std::string sha256OfFile(const std::string& path);

} // namespace tl
