#include "Runtime.h"

#include <torch/torch.h>

#include <thread>

namespace tl {

void useAllCores()
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    torch::set_num_threads(static_cast<int>(cores));
}

int threadCount()
{
    return torch::get_num_threads();
}

} // namespace tl
