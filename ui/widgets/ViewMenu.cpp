#include "ViewMenu.h"

#include "LanguageMenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace tl::ui {

QMenu* addViewMenu(QMenuBar* menuBar, QTabWidget* tabs)
{
    QMenu* menu = menuBar->addMenu(QCoreApplication::translate("ViewMenu", "&View"));
    menu->setObjectName("viewMenu");
    for (int index = 0; index < tabs->count() && index < 9; ++index) {
        QAction* show = menu->addAction(tabs->tabText(index));
        show->setObjectName(QString("showView%1Action").arg(index + 1));
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        // "1. &Data" -> "Data"
        show->setStatusTip(QCoreApplication::translate("ViewMenu", "Show the %1 view")
                               .arg(tabs->tabText(index).remove('&').section(' ', 1)));
        QObject::connect(show, &QAction::triggered, tabs, [tabs, index] { tabs->setCurrentIndex(index); });
    }
    menu->addSeparator();
    addLanguageMenu(menu);
    return menu;
}

} // namespace tl::ui
