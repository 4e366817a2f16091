#pragma once
// A large view of one image, scaled to fit the dialog, with its path and size.
#include <QDialog>

class QLabel;

namespace tl::ui {

class ImagePreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImagePreviewDialog(const QString& path, const QString& caption, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateScaledImage();

    QPixmap m_image;
    QLabel* m_imageLabel;
};

} // namespace tl::ui
