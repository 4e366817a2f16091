#pragma once
// Process-wide set-up shared by both executables.
namespace tl {

// Debian's libtorch starts with one intra-op thread: use every core.
void useAllCores();
// The intra-op threads libtorch uses now.
int threadCount();

} // namespace tl
