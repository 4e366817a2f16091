#pragma once
// Downloads a weights file over HTTP(S), verifying its published MD5 (where there is one) before it
// replaces anything:
// the data goes to a QSaveFile, which is committed only when the transfer is complete and the
// hash matches. A failed or cancelled download leaves no file behind and can simply be restarted.
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QUrl>

#include <memory>

namespace tl::ui {

class WeightsDownloader : public QObject {
    Q_OBJECT
public:
    explicit WeightsDownloader(QObject* parent = nullptr);
    ~WeightsDownloader() override;

    bool isRunning() const { return m_reply != nullptr; }

public slots:
    void start(const QUrl& url, const QByteArray& expectedMd5Hex, const QString& targetPath);
    void cancel();

signals:
    void progressed(qint64 received, qint64 total); // total is -1 when the server does not say
    void finished(const QString& path);
    void failed(const QString& message);

private:
    void receive();
    void complete();
    QString networkErrorMessage() const;
    void fail(const QString& message);

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    QByteArray m_expectedMd5;
    QUrl m_url;
    qint64 m_received = 0;
    bool m_cancelled = false;
};

} // namespace tl::ui
