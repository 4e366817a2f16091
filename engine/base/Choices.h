#pragma once
// Enums that have names in files and on command lines: a table of (name, value) pairs, read both
// ways, with one error text for an unknown name.
#include "Error.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace tl {

template <typename Enum> using Choice = std::pair<const char*, Enum>;

// The one wording for a name that is not a choice: "unknown WHAT 'TEXT' (expected one of: a, b)",
// WHAT a word of the "option-name" identifier.
inline Error unknownChoice(MessageText what, const std::string& text, const std::vector<std::string>& names)
{
    std::string allowed;
    for (const std::string& name : names)
        allowed += (allowed.empty() ? "" : ", ") + name;
    return Error(Message{TL_MESSAGE("unknown-choice", "unknown %1 '%2' (expected one of: %3)"), {what, text, allowed}});
}

template <typename Enum, std::size_t N>
Enum parseChoice(const std::string& text, MessageText what, const Choice<Enum> (&choices)[N])
{
    std::vector<std::string> names;
    for (const auto& [name, value] : choices) {
        if (text == name)
            return value;
        names.push_back(name);
    }
    throw unknownChoice(what, text, names);
}

template <typename Enum, std::size_t N> const char* nameOf(Enum value, const Choice<Enum> (&choices)[N])
{
    for (const auto& [name, choice] : choices)
        if (choice == value)
            return name;
    return "?";
}

} // namespace tl
