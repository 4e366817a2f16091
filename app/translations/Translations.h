#pragma once
// The user's language: TransferLab's catalogue (the front ends' tr() texts and
// the engine's TL_TR texts, app/translations/*.ts) and Qt's own, for the standard dialogs.
#include <QString>

namespace tl::i18n {

// Installs the translators of `language` ("en", "pt_BR"; empty: the system locale, from LANG,
// LC_ALL or LC_MESSAGES) and makes its locale the default, so numbers read 0,826 in Portuguese.
// A language without a catalogue stays English. Returns the locale's name, e.g. "pt_BR".
QString installTranslations(const QString& language);

} // namespace tl::i18n
