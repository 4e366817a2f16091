#pragma once
// Enums that have names in files and on command lines: a table of (name, value) pairs, read both
// ways, with one error text for an unknown name.
#include "Error.h"

#include <cstddef>
#include <string>
#include <utility>

namespace tl {

template <typename Enum> using Choice = std::pair<const char*, Enum>;

// Throws tl::Error "unknown WHAT 'TEXT' (expected one of: a, b)".
template <typename Enum, std::size_t N>
Enum parseChoice(const std::string& text, const char* what, const Choice<Enum> (&choices)[N])
{
    std::string allowed;
    for (const auto& [name, value] : choices) {
        if (text == name)
            return value;
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    }
    throw Error("unknown " + std::string(what) + " '" + text + "' (expected one of: " + allowed + ")");
}

template <typename Enum, std::size_t N> const char* nameOf(Enum value, const Choice<Enum> (&choices)[N])
{
    for (const auto& [name, choice] : choices)
        if (choice == value)
            return name;
    return "?";
}

} // namespace tl
