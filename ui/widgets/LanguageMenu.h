#pragma once
// The Language menu: System, English, Português (Brasil). The choice is stored in the settings and
// applies the next time TransferLab starts, as the menu says: retranslating the open window in
// place would need every view to rebuild its texts on a LanguageChange event.
#include <QString>

class QMenu;

namespace tl::ui {

// Adds it as a submenu of `parent`; its actions are named languageSystemAction,
// languageEnglishAction and languagePortugueseAction.
QMenu* addLanguageMenu(QMenu* parent);
// The stored choice: empty for the system's language, else "en" or "pt_BR".
QString storedLanguage();

} // namespace tl::ui
