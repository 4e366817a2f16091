#pragma once
// Process-wide set-up shared by both executables.
namespace tl {

// Debian's libtorch starts with one intra-op thread: use every core (inside a Slurm task, the
// CPUs of its allocation).
void useAllCores();
// The intra-op threads libtorch uses now.
int threadCount();

} // namespace tl
