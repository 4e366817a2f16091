// A first run without a connection: the notice offers the download; when it fails, it says why
// and offers demo weights; with them a model trains, and while it is in use the notice says that
// its results are not meaningful, whatever weights the Train form names next.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "WeightsNotice.h"

#include "DemoWeights.h"
#include "Paths.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace tl::ui;
using namespace tl::ui::test;

class TestFirstRunOffline : public QObject {
    Q_OBJECT
private:
    Workspace m_workspace;
    MainWindow* m_window = nullptr;

    WeightsNotice* notice() const { return child<WeightsNotice>(m_window, "weightsNotice"); }
    QPushButton* button(const char* name) const { return child<QPushButton>(m_window, name); }

private slots:
    void initTestCase()
    {
        isolateSettings();
        m_workspace = makeWorkspace(8, 2);
        // "Offline": the download goes to a local port that nothing listens on any more.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        qputenv("TRANSFERLAB_WEIGHTS_URL", QString("http://127.0.0.1:%1/vgg16.h5").arg(port).toUtf8());
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        QDir(m_workspace.root).removeRecursively();
    }

    void offersTheDownloadFirstAndDemoWeightsOnlyOnceItFails()
    {
        QCOMPARE(notice()->state(), WeightsNotice::State::Missing);
        QVERIFY(!notice()->isHidden());
        QVERIFY(button("noticeDemoButton")->isHidden());
        button("noticeDownloadButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(notice()->state(), WeightsNotice::State::DownloadFailed, 30000);
        QVERIFY(child<QLabel>(m_window, "weightsNoticeLabel")->text().contains("offline"));
        QVERIFY(!button("noticeDemoButton")->isHidden());
        m_window->findChild<QDialog*>("weightsDialog")->reject();
    }

    void usesDemoWeightsAndMarksEveryResultOfTheirModel()
    {
        button("noticeDemoButton")->click();
        auto* weights = child<QLineEdit>(m_window, "weightsLineEdit");
        const QString demo = QString::fromStdString(tl::demoWeightsPath(tl::BackboneId::Vgg16));
        QTRY_COMPARE_WITH_TIMEOUT(weights->text(), demo, 30000);
        QVERIFY(tl::isDemoWeights(demo.toStdString()));
        QCOMPARE(notice()->state(), WeightsNotice::State::Demo);
        QVERIFY(child<QLabel>(m_window, "weightsNoticeLabel")->text().contains("not meaningful"));
        QVERIFY(button("noticeDemoButton")->isHidden());

        configureFastTraining(m_window, m_workspace, 1);
        weights->setText(demo); // configureFastTraining names the workspace's (unmarked) weights
        QSignalSpy opened(m_window, &MainWindow::datasetOpened);
        m_window->openDataset(m_workspace.dataset);
        QVERIFY(opened.wait(10000));
        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        button("trainButton")->click();
        QVERIFY(modelOpened.wait(120000));
        QCOMPARE(notice()->state(), WeightsNotice::State::Demo);

        // Real weights named for the next run: the open model's results still come from demo weights.
        weights->setText(m_workspace.weights);
        QCOMPARE(notice()->state(), WeightsNotice::State::Demo);
        for (auto view : {MainWindow::View::Evaluate, MainWindow::View::Classify}) {
            m_window->showView(view);
            QVERIFY(notice()->isVisible());
        }
    }
};

QTEST_MAIN(TestFirstRunOffline)
#include "TestFirstRunOffline.moc"
