#include "WeightsDownloader.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace tl::ui {

WeightsDownloader::WeightsDownloader(QObject* parent) : QObject(parent) {}

WeightsDownloader::~WeightsDownloader()
{
    cancel();
}

void WeightsDownloader::start(const QUrl& url, const QByteArray& expectedMd5Hex, const QString& targetPath)
{
    if (isRunning())
        return;
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    m_file = std::make_unique<QSaveFile>(targetPath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        emit failed(tr("Cannot write %1: %2").arg(targetPath, reason));
        return;
    }
    m_url = url;
    m_expectedMd5 = expectedMd5Hex.toLower();
    m_md5.reset();
    m_received = 0;
    m_cancelled = false;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &WeightsDownloader::receive);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &WeightsDownloader::progressed);
    connect(m_reply, &QNetworkReply::finished, this, &WeightsDownloader::complete);
}

void WeightsDownloader::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // emits finished(), handled by complete()
}

void WeightsDownloader::receive()
{
    const QByteArray chunk = m_reply->readAll();
    m_md5.addData(chunk);
    m_received += chunk.size();
    if (m_file->write(chunk) != chunk.size())
        fail(tr("Cannot write the downloaded file: %1").arg(m_file->errorString()));
}

QString WeightsDownloader::networkErrorMessage() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (m_reply->error()) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return tr("Cannot reach %1: this computer seems to be offline. Download the file elsewhere and "
                  "use “Locate File…”.")
            .arg(m_url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection after %1 bytes: try again.").arg(m_received);
    default:
        if (status >= 400)
            return tr("The server answered HTTP %1 for %2.").arg(status).arg(m_url.toString());
        return tr("The download failed: %1").arg(m_reply->errorString());
    }
}

void WeightsDownloader::complete()
{
    if (!m_reply)
        return;
    if (m_reply->error() == QNetworkReply::NoError)
        receive();
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QString problem;
    if (m_cancelled)
        problem = tr("The download was cancelled.");
    else if (m_reply->error() != QNetworkReply::NoError)
        problem = networkErrorMessage();
    else if (announced > 0 && m_received != announced)
        problem = tr("The download stopped after %1 of %2 bytes: try again.").arg(m_received).arg(announced);
    else if (!m_expectedMd5.isEmpty() && m_md5.result().toHex() != m_expectedMd5)
        problem = tr("The downloaded file is not the expected one (MD5 %1 instead of %2), so it was discarded.")
                      .arg(QString::fromLatin1(m_md5.result().toHex()), QString::fromLatin1(m_expectedMd5));
    m_reply->deleteLater();
    m_reply = nullptr;
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    const QString path = m_file->fileName();
    const bool committed = m_file->commit();
    const QString reason = m_file->errorString();
    m_file.reset();
    if (committed)
        emit finished(path);
    else
        emit failed(tr("Cannot save %1: %2").arg(path, reason));
}

void WeightsDownloader::fail(const QString& message)
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    emit failed(message);
}

} // namespace tl::ui
