#include "MissingWeightsNotice.h"

#include "EngineBridge.h"
#include "Paths.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tl::ui {

MissingWeightsNotice::MissingWeightsNotice(QWidget* parent) : QFrame(parent)
{
    setObjectName("missingWeightsNotice");
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet("tl--ui--MissingWeightsNotice { background: #fdf2d0; }");
    auto* text = new QLabel(tr("<b>The ImageNet VGG16 weights are not installed yet.</b> Training starts from "
                               "them: download them once, or locate a copy you already have."),
                            this);
    text->setObjectName("missingWeightsLabel");
    text->setWordWrap(true);
    auto* download = new QPushButton(tr("Download (58.9 MB)"), this);
    download->setObjectName("noticeDownloadButton");
    download->setToolTip(tr("Download the Keras VGG16 notop weights and check their MD5"));
    auto* locate = new QPushButton(tr("Locate File…"), this);
    locate->setObjectName("noticeLocateButton");
    locate->setToolTip(tr("Use a copy you already have: Keras .h5 (notop) or a TorchScript features .pt"));
    connect(download, &QPushButton::clicked, this, &MissingWeightsNotice::downloadRequested);
    connect(locate, &QPushButton::clicked, this, &MissingWeightsNotice::locateRequested);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(download);
    layout->addWidget(locate);
    hide();
}

void MissingWeightsNotice::refresh(const QString& weightsPath)
{
    const QString path = weightsPath.isEmpty() ? toQString(defaultWeightsPath()) : weightsPath;
    setVisible(!QFileInfo(path).isFile());
}

} // namespace tl::ui
