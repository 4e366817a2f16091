#pragma once
// A user-facing message of the engine, kept apart from its English wording so that the front ends
// can show it in the user's language while the engine stays free of Qt: a stable identifier, the
// English text with %1, %2… where the arguments go, and the arguments (file names, counts).
//
// Write it as Message{TL_MESSAGE("dataset-missing", "dataset folder '%1' does not exist"), {dir}}.
// lupdate collects TL_MESSAGE(id, text) as QT_TRANSLATE_NOOP(context, text)
// (packaging/update-translations.sh), so each message is translated under its identifier, and a
// message without a Portuguese text fails ui.TranslationsComplete.
//
// An argument can be a message itself: an inner error (messageOf() in Error.h) or a word that the
// text names, such as an option's name. Such words are grouped under one identifier per kind,
// TL_MESSAGE("option-name", "learning rate"), and translated with the message they go into.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#define TL_MESSAGE(id, text)                                                                                           \
    ::tl::MessageText                                                                                                  \
    {                                                                                                                  \
        id, text                                                                                                       \
    }

namespace tl {

// Both point to string literals: a message can outlive whatever made it. Not an aggregate, so
// that a bare string cannot become a message's identifier by brace elision.
struct MessageText {
    constexpr MessageText() = default;
    constexpr MessageText(const char* id, const char* english) : id(id), english(english) {}

    const char* id = "";
    const char* english = "";
};

struct Message;

// What goes into a placeholder: a text as it is (a path, a count, a library's own words), or a
// message that a front end translates along with the one it goes into.
struct MessageArgument {
    // Implicit, so that the arguments read as a list: {path, std::to_string(count), innerMessage}.
    MessageArgument(std::string text) : text(std::move(text)) {}
    MessageArgument(const char* text) : text(text) {}
    MessageArgument(Message message);
    MessageArgument(MessageText word); // a message without arguments: a name, a kind of file

    std::string text;                       // when message is null
    std::shared_ptr<const Message> message; // shared: messages are copied with the errors that carry them
};

struct Message {
    MessageText text;
    std::vector<MessageArgument> arguments;

    // The English text with the arguments in place of %1, %2…
    std::string english() const;
};

// Fills %1, %2… of `pattern` with `arguments`, in one pass (an argument's own "%1" stays).
std::string formatMessage(const std::string& pattern, const std::vector<std::string>& arguments);

} // namespace tl
