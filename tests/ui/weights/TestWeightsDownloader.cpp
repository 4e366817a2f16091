// The weights download against a local HTTP server started by the test: a good file, a wrong
// hash, a truncated transfer, a 404, an unreachable host, and a cancelled download. Then the
// weights manager's "Locate File…" with a real (seeded) Keras file and with a bogus one.
#include "Fixtures.h"
#include "UiTestSupport.h"
#include "WeightsDialog.h"
#include "WeightsDownloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace tl::ui;

namespace {

// Answers GET /good, /truncated, /slow and anything else with 404.
class TinyHttpServer : public QTcpServer {
public:
    explicit TinyHttpServer(QByteArray body) : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
        listen(QHostAddress::LocalHost);
    }
    QString url(const QString& path) const { return QString("http://127.0.0.1:%1%2").arg(serverPort()).arg(path); }

private:
    void answer(QTcpSocket* socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        auto header = [](const char* status, qint64 length) {
            return QByteArray("HTTP/1.1 ") + status +
                   "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(length) +
                   "\r\nConnection: close\r\n\r\n";
        };
        if (path == "/good") {
            socket->write(header("200 OK", m_body.size()) + m_body);
        } else if (path == "/truncated") {
            socket->write(header("200 OK", m_body.size() + 1000) + m_body);
        } else if (path == "/slow") {
            socket->write(header("200 OK", m_body.size() * 100) + m_body);
            return; // keeps the connection open: the client has to cancel
        } else {
            socket->write(header("404 Not Found", 9) + "not found");
        }
        socket->disconnectFromHost();
    }
    QByteArray m_body;
};

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

} // namespace

class TestWeightsDownloader : public QObject {
    Q_OBJECT
private:
    // Runs one download to its end; m_message is the failure message, empty on success.
    void download(const QString& url, const QByteArray& expectedMd5, bool cancel = false)
    {
        m_message = "(not finished)";
        WeightsDownloader downloader;
        QSignalSpy finished(&downloader, &WeightsDownloader::finished);
        QSignalSpy failed(&downloader, &WeightsDownloader::failed);
        downloader.start(QUrl(url), expectedMd5, m_target);
        if (cancel) {
            QSignalSpy progressed(&downloader, &WeightsDownloader::progressed);
            progressed.wait(5000);
            downloader.cancel();
        }
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 15000);
        m_message = failed.isEmpty() ? QString() : failed.first().first().toString();
    }

    QByteArray m_body = QByteArray(300000, 'w') + "end of weights";
    QTemporaryDir m_dir;
    QString m_target;
    QString m_message;

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_target = m_dir.filePath("weights/vgg16.h5");
    }
    void cleanup() { QFile::remove(m_target); }

    void goodFileIsVerifiedAndStored()
    {
        TinyHttpServer server(m_body);
        download(server.url("/good"), md5(m_body));
        QCOMPARE(m_message, QString());
        QFile file(m_target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), m_body);
    }

    void wrongHashIsDiscarded()
    {
        TinyHttpServer server(m_body);
        download(server.url("/good"), md5("something else"));
        const QString message = m_message;
        QVERIFY2(message.contains("is not the expected one"), qPrintable(message));
        QVERIFY(!QFile::exists(m_target));
    }

    void truncatedTransferIsDiscarded()
    {
        TinyHttpServer server(m_body);
        download(server.url("/truncated"), md5(m_body));
        const QString message = m_message;
        QVERIFY2(message.contains("stopped after") || message.contains("closed the connection"), qPrintable(message));
        QVERIFY(!QFile::exists(m_target));
    }

    void notFoundSaysSo()
    {
        TinyHttpServer server(m_body);
        download(server.url("/missing.h5"), md5(m_body));
        const QString message = m_message;
        QVERIFY2(message.contains("HTTP 404"), qPrintable(message));
        QVERIFY(!QFile::exists(m_target));
    }

    void unreachableServerSaysOffline()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            closedPort = probe.serverPort();
        }
        download(QString("http://127.0.0.1:%1/good").arg(closedPort), md5(m_body));
        const QString message = m_message;
        QVERIFY2(message.contains("offline") && message.contains("Locate File"), qPrintable(message));
        QVERIFY(!QFile::exists(m_target));
    }

    void cancelLeavesNothing()
    {
        TinyHttpServer server(m_body);
        download(server.url("/slow"), md5(m_body), /*cancel=*/true);
        const QString message = m_message;
        QCOMPARE(message, QString("The download was cancelled."));
        QVERIFY(!QFile::exists(m_target));
    }

    void locateAcceptsRealWeightsAndRefusesOthers()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath("data").toUtf8());
        const QString weights = m_dir.filePath("my-vgg16.h5");
        tl::fixtures::writeSeededVgg16Weights(weights.toStdString(), 3);
        WeightsDialog dialog;
        QSignalSpy ready(&dialog, &WeightsDialog::weightsReady);
        dialog.locate(weights);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        const QString installed = ready.first().first().toString();
        QCOMPARE(installed, m_dir.filePath("data") + "/transferlab/weights/my-vgg16.h5");
        QCOMPARE(QFileInfo(installed).size(), QFileInfo(weights).size());

        QFile bogus(m_dir.filePath("bogus.h5"));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("not weights");
        bogus.close();
        auto* problem = test::child<QLabel>(&dialog, "weightsProblemLabel");
        dialog.locate(bogus.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(!problem->text().isEmpty(), 20000);
        QVERIFY2(problem->text().contains("cannot be used") && problem->text().contains("bogus.h5"),
                 qPrintable(problem->text()));
        QCOMPARE(ready.count(), 1);
    }
};

QTEST_MAIN(TestWeightsDownloader)
#include "TestWeightsDownloader.moc"
