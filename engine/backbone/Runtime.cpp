#include "Runtime.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstdlib>
#include <malloc.h>
#include <thread>

namespace tl {
namespace {

// Debian's libtorch starts with one intra-op thread: use every core (inside a Slurm task, the
// CPUs of its allocation).
void useAllCores()
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    // A Slurm task shares its node with others: it keeps to the CPUs it was given.
    const char* allocated = std::getenv("SLURM_CPUS_PER_TASK");
    const int slurmCpus = allocated ? std::atoi(allocated) : 0;
    torch::set_num_threads(slurmCpus > 0 ? std::min(slurmCpus, static_cast<int>(cores)) : static_cast<int>(cores));
}

// libtorch allocates and frees every layer's activations on every forward pass (MobileNetV2's
// largest, for a batch of 16 at 224 px, is 77 MB). glibc's defaults serve blocks over 128 kB
// (adaptively up to 32 MB) with a fresh mmap() and unmap them on free, so each pass faulted its
// activations into memory again, page by page. Blocks up to 96 MB now come from the heap and stay
// there for the next batch, up to 256 MB free at its top. Measured with `transferlab-cli bench
// --backbone mobilenetv2` on a 2-core AVX-512 EPYC: fp32 channels-last 183 -> 317 images/s, a
// first training on the 2,637 shared images 26.3 -> 19.6 s, its peak memory 1.35 -> 1.47 GB.
// Larger blocks (VGG16's activations at batch 16 are 205 MB) are still mapped afresh: keeping
// them too saved VGG16 2% more time, and raised an int8 training's peak from 1.6 to 2.4 GB.
// One arena: a worker thread's blocks (the window runs jobs on one) come from that heap too,
// since a thread's own arena cannot hold a block over 64 MB and would map it afresh.
void keepFreedMemoryForReuse()
{
    constexpr int kMegabyte = 1 << 20;
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 96 * kMegabyte);
    mallopt(M_TRIM_THRESHOLD, 256 * kMegabyte);
}

} // namespace

void setUpRuntime()
{
    keepFreedMemoryForReuse();
    useAllCores();
}

int threadCount()
{
    return torch::get_num_threads();
}

} // namespace tl
