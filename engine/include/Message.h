#pragma once
// A user-facing message of the engine, kept apart from its English wording so that the front ends
// can show it in the user's language while the engine stays free of Qt: a stable identifier, the
// English text with %1, %2… where the arguments go, and the arguments (file names, counts).
//
// Write it as Message{TL_MESSAGE("dataset-missing", "dataset folder '%1' does not exist"), {dir}}.
// lupdate collects TL_MESSAGE(id, text) as QT_TRANSLATE_NOOP(context, text)
// (packaging/update-translations.sh), so each message is translated under its identifier, and a
// message without a Portuguese text fails ui.TranslationsComplete.
#include <string>
#include <vector>

#define TL_MESSAGE(id, text)                                                                                           \
    ::tl::MessageText                                                                                                  \
    {                                                                                                                  \
        id, text                                                                                                       \
    }

namespace tl {

struct MessageText {
    const char* id;
    const char* english;
};

struct Message {
    MessageText text;
    std::vector<std::string> arguments;

    // The English text with the arguments in place of %1, %2…
    std::string english() const;
};

// Fills %1, %2… of `pattern` with `arguments`, in one pass (an argument's own "%1" stays).
std::string formatMessage(const std::string& pattern, const std::vector<std::string>& arguments);

} // namespace tl
