#pragma once
// One phase of a job as the engine reports it (Job.h): progress with an estimate of the time left,
// from the pace since the phase began, and the answer whether to go on.
#include "Job.h"

#include <chrono>
#include <cstddef>

namespace tl {

class PhaseProgress {
public:
    PhaseProgress(const Job& job, Phase phase) : m_job(job), m_phase(phase) {}
    // Reports done of total; false when the job was cancelled.
    bool report(std::size_t done, std::size_t total);
    // Whether the job goes on, without reporting.
    bool goesOn() const { return !m_job.cancel.cancelled(); }

private:
    using Clock = std::chrono::steady_clock;
    const Job& m_job;
    Phase m_phase;
    bool m_started = false;
    Clock::time_point m_start;
    std::size_t m_startDone = 0;
};

} // namespace tl
