#pragma once
// Process-wide set-up shared by the executables: call setUpRuntime() first thing in main(),
// before any thread starts.
namespace tl {

// Every core for libtorch, and an allocator that keeps freed tensor memory for the next batch
// (see Runtime.cpp).
void setUpRuntime();
// The intra-op threads libtorch uses now.
int threadCount();

} // namespace tl
