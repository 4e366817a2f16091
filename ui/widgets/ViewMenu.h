#pragma once
// The View menu: one action per tab of a tab widget, with Ctrl+1, Ctrl+2… The same keys in every
// language, unlike the tabs' Alt mnemonics, which follow the translated labels. Then the Language
// submenu.
class QMenu;
class QMenuBar;
class QTabWidget;

namespace tl::ui {

// The actions are named showView1Action, showView2Action…
QMenu* addViewMenu(QMenuBar* menuBar, QTabWidget* tabs);

} // namespace tl::ui
