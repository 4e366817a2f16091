#include "Message.h"

#include "Error.h"

#include <cctype>

namespace tl {

MessageArgument::MessageArgument(Message message) : message(std::make_shared<const Message>(std::move(message))) {}

MessageArgument::MessageArgument(MessageText word) : message(std::make_shared<const Message>(Message{word, {}})) {}

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
    std::vector<std::string> texts;
    for (const MessageArgument& argument : arguments)
        texts.push_back(argument.message ? argument.message->english() : argument.text);
    return formatMessage(text.english, texts);
}

Message messageOf(const std::exception& error)
{
    const auto* engineError = dynamic_cast<const Error*>(&error);
    if (engineError && engineError->message())
        return *engineError->message();
    return Message{TL_MESSAGE("untranslated-text", "%1"), {error.what()}};
}

} // namespace tl
