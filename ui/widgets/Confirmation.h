#pragma once
// A question the user answers before something happens (quit during a run, open a file that holds
// code): a window-modal message box that deletes itself and runs onAccept for the accept button.
#include <QMessageBox>

#include <functional>

namespace tl::ui {

struct Confirmation {
    QString objectName; // for tests and accessibility
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title, text;
    QMessageBox::StandardButtons buttons;
    QMessageBox::StandardButton accept, defaultButton;
};

void confirmThen(QWidget* parent, const Confirmation& question, std::function<void()> onAccept);

} // namespace tl::ui
