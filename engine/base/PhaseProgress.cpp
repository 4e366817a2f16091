#include "PhaseProgress.h"

namespace tl {

bool PhaseProgress::report(std::size_t done, std::size_t total)
{
    if (m_job.onProgress) {
        if (!m_started) {
            m_started = true;
            m_start = Clock::now();
            m_startDone = done;
        }
        ProgressReport report{m_phase, done, total, -1};
        const double elapsed = std::chrono::duration<double>(Clock::now() - m_start).count();
        if (done > m_startDone && elapsed > 0.2)
            report.secondsLeft = elapsed / static_cast<double>(done - m_startDone) * static_cast<double>(total - done);
        m_job.onProgress(report);
    }
    return goesOn();
}

} // namespace tl
