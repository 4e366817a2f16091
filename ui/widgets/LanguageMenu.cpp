#include "LanguageMenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>

namespace tl::ui {
namespace {

constexpr const char* kSetting = "language";

struct Language {
    QString code; // empty: the system's
    QString name; // each in its own language, so that anyone finds theirs
    const char* actionName;
};

} // namespace

QMenu* addLanguageMenu(QMenu* parent)
{
    const Language languages[] = {
        {"", QCoreApplication::translate("LanguageMenu", "System language"), "languageSystemAction"},
        {"en", "English", "languageEnglishAction"},
        {"pt_BR", QString::fromUtf8("Português (Brasil)"), "languagePortugueseAction"},
    };
    QMenu* menu = parent->addMenu(QCoreApplication::translate("LanguageMenu", "&Language"));
    menu->setObjectName("languageMenu");
    auto* group = new QActionGroup(menu);
    const QString stored = storedLanguage();
    for (const Language& language : languages) {
        QAction* action = menu->addAction(language.name);
        action->setObjectName(language.actionName);
        action->setCheckable(true);
        action->setChecked(language.code == stored);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
                         [code = language.code] { QSettings().setValue(kSetting, code); });
    }
    menu->addSeparator();
    QAction* note =
        menu->addAction(QCoreApplication::translate("LanguageMenu", "Applies when TransferLab starts again"));
    note->setEnabled(false);
    return menu;
}

QString storedLanguage()
{
    return QSettings().value(kSetting).toString();
}

} // namespace tl::ui
