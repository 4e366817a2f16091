#pragma once
// The user's language: TransferLab's catalogue (the front ends' tr() texts, the engine's TL_TR texts
// and its messages, ui/i18n/*.ts) and Qt's own, for the standard dialogs. Both executables
// and the UI library use it.
#include "Message.h"

#include <QString>

#include <exception>

namespace tl::i18n {

// Installs the translators of `language` ("en", "pt_BR"; empty: the system locale, from LANG,
// LC_ALL or LC_MESSAGES) and makes its locale the default, so numbers read 0,826 in Portuguese.
// A language without a catalogue stays English. Returns the locale's name, e.g. "pt_BR".
QString installTranslations(const QString& language);

// An engine message in the user's language: its text translated by its identifier, with the same
// arguments, those that are messages themselves (an inner error, an option's name) translated too.
QString messageText(const tl::Message& message);

// An error for the user, in their language: a tl::Error made from a Message is translated as
// messageText() does; any other exception shows its English what().
QString errorText(const std::exception& error);

} // namespace tl::i18n
