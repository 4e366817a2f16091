#include "ImagePreviewDialog.h"

#include "EngineBridge.h"
#include "ImageDecoder.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace tl::ui {

ImagePreviewDialog::ImagePreviewDialog(const QString& path, const QString& caption, QWidget* parent)
    : QDialog(parent), m_imageLabel(new QLabel(this))
{
    setObjectName("imagePreviewDialog");
    setWindowTitle(QFileInfo(path).fileName());
    m_imageLabel->setObjectName("previewImageLabel");
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageLabel->setMinimumSize(256, 256);
    auto* captionLabel = new QLabel(this);
    captionLabel->setObjectName("previewCaptionLabel");
    captionLabel->setWordWrap(true);
    captionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    try {
        const RgbImage rgb = decodeImage(toStdString(path));
        m_image = QPixmap::fromImage(
            QImage(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888).copy());
        captionLabel->setText(tr("%1\n%2 × %3 pixels — %4").arg(path).arg(rgb.width).arg(rgb.height).arg(caption));
    } catch (const std::exception& error) {
        captionLabel->setText(tr("%1\nThis image cannot be shown: %2").arg(path, i18n::errorText(error)));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_imageLabel, 1);
    layout->addWidget(captionLabel);
    layout->addWidget(buttons);
    resize(720, 720);
}

void ImagePreviewDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    updateScaledImage();
}

void ImagePreviewDialog::updateScaledImage()
{
    if (m_image.isNull())
        return;
    m_imageLabel->setPixmap(m_image.scaled(m_imageLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace tl::ui
