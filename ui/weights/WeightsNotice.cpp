#include "WeightsNotice.h"

#include "EngineBridge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tl::ui {

WeightsNotice::WeightsNotice(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_demo(new QPushButton(tr("Use Demo Weights"), this))
{
    setObjectName("weightsNotice");
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName("weightsNoticeLabel");
    m_text->setWordWrap(true);
    m_download = new QPushButton(this);
    m_download->setObjectName("noticeDownloadButton");
    auto* locate = new QPushButton(tr("Locate File…"), this);
    locate->setObjectName("noticeLocateButton");
    locate->setToolTip(tr("Use a copy you already have: Keras .h5 (notop) or a TorchScript features .pt"));
    m_demo->setObjectName("noticeDemoButton");
    m_demo->setToolTip(tr("Seeded random weights in the Keras layout: everything runs, but the results are not "
                          "meaningful, and every result says so"));
    connect(m_download, &QPushButton::clicked, this, &WeightsNotice::downloadRequested);
    connect(locate, &QPushButton::clicked, this, &WeightsNotice::locateRequested);
    connect(m_demo, &QPushButton::clicked, this, &WeightsNotice::demoRequested);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_download);
    layout->addWidget(locate);
    layout->addWidget(m_demo);
    setState(State::Hidden, BackboneId::Vgg16);
}

void WeightsNotice::setState(State state, BackboneId backbone, const QString& detail)
{
    m_state = state;
    const BackboneSpec& spec = backboneSpec(backbone);
    const QString name = QString::fromLatin1(spec.displayName);
    m_download->setText(tr("Download (%1 MB)").arg(localNumber(spec.fileMegabytes, 1)));
    m_download->setToolTip(tr("Download the Keras %1 notop weights and check them").arg(name));
    switch (state) {
    case State::Hidden: break;
    case State::Missing:
        m_text->setText(tr("<b>The ImageNet %1 weights are not installed yet.</b> Training starts from "
                           "them: download them once, or locate a copy you already have.")
                            .arg(name));
        break;
    case State::DownloadFailed:
        m_text->setText(tr("<b>The ImageNet %1 weights could not be downloaded.</b> %2 You can also try "
                           "TransferLab with demo weights.")
                            .arg(name, detail.toHtmlEscaped()));
        break;
    case State::Demo:
        m_text->setText(tr("<b>Demo weights: results are not meaningful.</b> They are seeded random numbers, not "
                           "ImageNet's weights. Download or locate the real weights to train for real."));
        break;
    }
    // Demo weights are a last resort: offered once the download has failed, never before.
    m_demo->setVisible(state == State::DownloadFailed);
    setStyleSheet(state == State::Demo ? "tl--ui--WeightsNotice { background: #f8d7da; }"
                                       : "tl--ui--WeightsNotice { background: #fdf2d0; }");
    setVisible(state != State::Hidden);
}

} // namespace tl::ui
