#include "WeightsDialog.h"

#include "AsyncTask.h"
#include "BackboneFile.h"
#include "EngineBridge.h"
#include "Error.h"
#include "Paths.h"
#include "WeightsDownloader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace tl::ui {
namespace {

// A mirror of the Keras VGG16 file (a hospital's own server, a proxy), as for
// packaging/fetch-weights.sh. The MD5 check stays: a mirror cannot change what is installed.
constexpr const char* kWeightsUrlVariable = "TRANSFERLAB_WEIGHTS_URL";

// Copies into the weights folder through a QSaveFile, so a failed copy leaves nothing half-written.
QString installCopy(const QString& source)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(toStdString(WeightsDialog::tr("Cannot read %1: %2").arg(source, in.errorString())));
    const QString target = toQString(defaultWeightsDir()) + "/" + QFileInfo(source).fileName();
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(source).canonicalFilePath())
        return target;
    QDir().mkpath(toQString(defaultWeightsDir()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(toStdString(WeightsDialog::tr("Cannot write %1: %2").arg(target, out.errorString())));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            throw Error(toStdString(WeightsDialog::tr("Cannot write %1: %2").arg(target, out.errorString())));
    }
    if (!out.commit())
        throw Error(toStdString(WeightsDialog::tr("Cannot save %1: %2").arg(target, out.errorString())));
    return target;
}

} // namespace

WeightsDialog::WeightsDialog(QWidget* parent, BackboneId backbone, const QString& url, const QByteArray& md5)
    : QDialog(parent), m_backbone(backbone),
      m_url(!url.isEmpty() ? url
            : backbone == BackboneId::Vgg16
                ? qEnvironmentVariable(kWeightsUrlVariable, QString::fromLatin1(backboneSpec(backbone).downloadUrl))
                : QString::fromLatin1(backboneSpec(backbone).downloadUrl)),
      m_md5(md5.isEmpty() ? QByteArray(backboneSpec(backbone).publishedMd5) : md5),
      m_downloader(new WeightsDownloader(this)), m_status(new QLabel(this)), m_problem(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_downloadButton(new QPushButton(tr("&Download"), this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_locateButton(new QPushButton(tr("&Locate File…"), this))
{
    setObjectName("weightsDialog");
    const BackboneSpec& spec = backboneSpec(backbone);
    setWindowTitle(tr("ImageNet Weights: %1").arg(QString::fromLatin1(spec.displayName)));
    m_status->setObjectName("weightsStatusLabel");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName("weightsProblemLabel");
    m_problem->setWordWrap(true);
    m_progress->setObjectName("downloadProgressBar");
    m_progress->hide();
    m_downloadButton->setObjectName("downloadButton");
    m_downloadButton->setToolTip(
        tr("Download the Keras %1 notop weights (%2 MB) from %3 and check them.")
            .arg(QString::fromLatin1(spec.displayName), localNumber(spec.fileMegabytes, 1), QUrl(m_url).host()));
    m_cancelButton->setObjectName("cancelDownloadButton");
    m_cancelButton->setEnabled(false);
    m_locateButton->setObjectName("locateButton");
    m_locateButton->setToolTip(tr("Use a copy you already have: Keras .h5 (notop) or a TorchScript features .pt."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_downloadButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_locateButton);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(close);
    setMinimumWidth(560);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_downloadButton, &QPushButton::clicked, this, &WeightsDialog::download);
    connect(m_cancelButton, &QPushButton::clicked, m_downloader, &WeightsDownloader::cancel);
    connect(m_locateButton, &QPushButton::clicked, this, [this] { locate(); });
    connect(m_downloader, &WeightsDownloader::progressed, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(static_cast<int>(1000 * received / total));
        m_progress->setFormat(tr("%1 of %2 MB").arg(localNumber(received / 1e6, 1)).arg(localNumber(total / 1e6, 1)));
    });
    connect(m_downloader, &WeightsDownloader::finished, this, &WeightsDialog::checkDownload);
    connect(m_downloader, &WeightsDownloader::failed, this, [this](const QString& message) {
        setBusy(false);
        showProblem(message);
        emit downloadFailed(message);
    });
    refreshStatus();
}

QString WeightsDialog::installedPath(BackboneId backbone)
{
    return toQString(defaultWeightsPath(backbone));
}

void WeightsDialog::download()
{
    m_problem->clear();
    m_downloader->start(QUrl(m_url), m_md5, installedPath(m_backbone));
    if (m_downloader->isRunning())
        setBusy(true);
}

void WeightsDialog::locate(const QString& file)
{
    const QString source =
        file.isEmpty()
            ? QFileDialog::getOpenFileName(
                  this, tr("Locate %1 Weights").arg(QString::fromLatin1(backboneSpec(m_backbone).displayName)),
                  QString(), tr("Weights (*.h5 *.hdf5 *.pt);;All files (*)"))
            : file;
    if (source.isEmpty())
        return;
    m_problem->clear();
    setBusy(true);
    runAsync(
        this,
        [source, backbone = m_backbone] {
            inspectBackboneFile(backbone, toStdString(source)); // refuse anything that is not this backbone
            return installCopy(source);
        },
        [this](const QString& installed) {
            setBusy(false);
            m_status->setText(tr("Using %1.").arg(installed));
            emit weightsReady(installed);
        },
        [this](const QString& message) {
            setBusy(false);
            showProblem(tr("This file cannot be used: %1").arg(message));
        });
}

// Every download is loaded once before it is used: the layers and shapes must be the backbone's
// (the only check of a file for which Keras publishes no MD5).
void WeightsDialog::checkDownload(const QString& path)
{
    runAsync(
        this,
        [path, backbone = m_backbone] {
            inspectBackboneFile(backbone, toStdString(path));
            return path;
        },
        [this](const QString& checked) {
            setBusy(false);
            refreshStatus();
            emit weightsReady(checked);
        },
        [this, path](const QString& message) {
            QFile::remove(path);
            setBusy(false);
            refreshStatus();
            const QString problem = tr("The downloaded file is not usable, so it was discarded: %1").arg(message);
            showProblem(problem);
            emit downloadFailed(problem);
        });
}

void WeightsDialog::refreshStatus()
{
    const QString path = installedPath(m_backbone);
    const BackboneSpec& spec = backboneSpec(m_backbone);
    const QString name = QString::fromLatin1(spec.displayName);
    m_status->setText(QFileInfo::exists(path)
                          ? tr("The ImageNet %1 weights are installed:\n%2").arg(name, path)
                          : tr("The ImageNet %1 weights are not installed yet. TransferLab needs them to "
                               "train: download them (%2 MB) or locate a copy you already have.")
                                .arg(name, localNumber(spec.fileMegabytes, 1)));
}

void WeightsDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_downloadButton->setEnabled(!busy);
    m_locateButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy && m_downloader->isRunning());
}

void WeightsDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
}

} // namespace tl::ui
