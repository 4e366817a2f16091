#include "Confirmation.h"

namespace tl::ui {

void confirmThen(QWidget* parent, const Confirmation& question, std::function<void()> onAccept)
{
    auto* box = new QMessageBox(question.icon, question.title, question.text, question.buttons, parent);
    box->setObjectName(question.objectName);
    box->setDefaultButton(question.defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [accept = question.accept, onAccept = std::move(onAccept)](int result) {
                         if (result == accept)
                             onAccept();
                     });
    box->open();
}

} // namespace tl::ui
