#pragma once
// Wall time since construction (or the last restart), for the timings runs report.
#include <chrono>

namespace tl {

class Stopwatch {
public:
    double seconds() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }
    // The seconds so far, and starts again: for timing consecutive steps with one watch.
    double lap()
    {
        const double elapsed = seconds();
        m_start = Clock::now();
        return elapsed;
    }

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_start = Clock::now();
};

} // namespace tl
