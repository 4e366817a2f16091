#pragma once
// The message of the tl::Error that an action throws, or "(no error)": tests compare it with the
// exact text the user would see.
#include "Error.h"

#include <functional>
#include <string>

namespace tl::fixtures {

inline std::string errorMessageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace tl::fixtures
