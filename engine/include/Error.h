#pragma once
// The one exception type of the engine. Its message is written for the user: it names the file or
// value that is wrong and what was expected. what() is English; an Error made from a Message also
// carries the identifier and arguments, from which a front end shows it in the user's language.
#include "Message.h"

#include <exception>
#include <optional>
#include <stdexcept>
#include <string>

namespace tl {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    explicit Error(Message message) : std::runtime_error(message.english()), m_message(std::move(message)) {}

    // Null for an Error made from a plain text (some of the CLI's own): what() is all there is.
    const Message* message() const { return m_message ? &*m_message : nullptr; }

private:
    std::optional<Message> m_message;
};

// The message of any exception, to carry (a skipped file's reason, an inner error) or to show: an
// Error's own; for any other, its what() as it is, untranslated (a library's words).
Message messageOf(const std::exception& error);

} // namespace tl
