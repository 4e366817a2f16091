#include "Message.h"

#include <cctype>

namespace tl {

std::string formatMessage(const std::string& pattern, const std::vector<std::string>& arguments)
{
    std::string text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool placeholder = pattern[i] == '%' && i + 1 < pattern.size() &&
                                 std::isdigit(static_cast<unsigned char>(pattern[i + 1])) && pattern[i + 1] != '0';
        const std::size_t index = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '1') : 0;
        if (placeholder && index < arguments.size()) {
            text += arguments[index];
            ++i;
        } else {
            text += pattern[i];
        }
    }
    return text;
}

std::string Message::english() const
{
    return formatMessage(text.english, arguments);
}

} // namespace tl
