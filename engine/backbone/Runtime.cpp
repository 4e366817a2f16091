#include "Runtime.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace tl {

void useAllCores()
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    // A Slurm task shares its node with others: it keeps to the CPUs it was given.
    const char* allocated = std::getenv("SLURM_CPUS_PER_TASK");
    const int slurmCpus = allocated ? std::atoi(allocated) : 0;
    torch::set_num_threads(slurmCpus > 0 ? std::min(slurmCpus, static_cast<int>(cores)) : static_cast<int>(cores));
}

int threadCount()
{
    return torch::get_num_threads();
}

} // namespace tl
