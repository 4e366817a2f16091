// The GUI thread must never stall for more than 50 ms (Release; see timeBudgetMs): a 10 ms timer
// probes the event loop while a model trains (from the click on Train until the trained model is
// loaded), and while a folder of new cases is classified, its table filled and scrolled through.
#include "BatchPanel.h"
#include "BatchTableModel.h"
#include "ClassifyView.h"
#include "Fixtures.h"
#include "JobRunner.h"
#include "LivePlots.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

using namespace tl;
using namespace tl::ui;
using test::child;

namespace {

// Ticks every 10 ms on the GUI thread and keeps the longest gap between two ticks.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGap = std::max(m_longestGap, now - m_lastTick);
            m_lastTick = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 elapsed() const { return m_clock.elapsed(); }
    qint64 longestGap() const { return m_longestGap; }
    int ticks() const { return m_ticks; }
    QString verdict() const
    {
        return QString("the GUI thread stalled for %1 ms (budget %2 ms)").arg(m_longestGap).arg(test::timeBudgetMs(50));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0, m_longestGap = 0;
    int m_ticks = 0;
};

double peakResidentMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

class TestGuiResponsiveness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void guiNeverStallsWhileTraining()
    {
        const test::Workspace workspace = test::makeWorkspace(16, 4);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::configureFastTraining(&window, workspace, 15);
        child<QSpinBox>(&window, "batchSizeSpinBox")->setValue(4); // many batches: many queued signals
        QSignalSpy opened(&window, &MainWindow::datasetOpened);
        window.openDataset(workspace.dataset);
        QVERIFY(opened.wait(10000));
        window.showView(MainWindow::View::Train); // the live plots are drawn while visible

        QSignalSpy modelOpened(&window, &MainWindow::modelOpened);
        StallProbe probe;
        child<QPushButton>(&window, "trainButton")->click();
        QVERIFY(modelOpened.wait(120000));
        probe.stop();
        const auto* plots = child<LivePlots>(&window, "livePlots");
        qInfo("training took %lld ms: %d probe ticks, longest gap %lld ms, %d points, %d redraws", probe.elapsed(),
              probe.ticks(), probe.longestGap(), plots->trainingPointCount(), plots->replotCount());
        QVERIFY(plots->trainingPointCount() > 0);
        QVERIFY(plots->replotCount() < plots->trainingPointCount()); // redraws are coalesced
        QVERIFY(probe.ticks() > 10);
        QVERIFY2(probe.longestGap() < test::timeBudgetMs(50), qPrintable(probe.verdict()));
        QDir(workspace.root).removeRecursively();
    }

    // 1,000 distinct images here (four chunks); TRANSFERLAB_BATCH_STALL_IMAGES=10000 measures the case.
    void guiNeverStallsWhileClassifyingAFolder()
    {
        const int images = qEnvironmentVariableIsSet("TRANSFERLAB_BATCH_STALL_IMAGES")
                               ? qEnvironmentVariableIntValue("TRANSFERLAB_BATCH_STALL_IMAGES")
                               : 1000;
        const test::Workspace workspace = test::makeWorkspace(10, 4);
        const std::string model = test::trainModelFile(workspace, "batch.tlmodel", 2);
        const QString cases = workspace.root + "/cases";
        fixtures::writeSyntheticDataset(cases.toStdString(), {{"a", "b"}, images / 2, 32, 11, ".png"});

        ClassifyView view;
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setClassifier(Classifier::open(model), "batch.tlmodel");
        BatchPanel* panel = view.batch();
        QSignalSpy stopped(panel->runner(), &JobRunner::stopped);
        const double memoryBefore = peakResidentMegabytes();
        StallProbe probe;
        panel->classifyFolder(cases);
        QVERIFY(stopped.wait(600000));
        const qint64 classified = probe.elapsed();
        // Then through the table, as a user would look: the thumbnails and heat maps of each screen.
        auto* table = child<QTableView>(panel, "batchTable");
        QScrollBar* scroll = table->verticalScrollBar();
        for (int step = 0; step <= 10; ++step) {
            scroll->setValue(scroll->maximum() * step / 10);
            QTest::qWait(100);
        }
        probe.stop();
        qInfo("%d images classified in %lld ms, scrolled through in %lld ms: %d probe ticks, longest gap %lld ms; "
              "peak memory %.0f MB before, %.0f MB after",
              images, classified, probe.elapsed() - classified, probe.ticks(), probe.longestGap(), memoryBefore,
              peakResidentMegabytes());
        QCOMPARE(panel->table()->rowCount(), images);
        QVERIFY2(probe.longestGap() < test::timeBudgetMs(50), qPrintable(probe.verdict()));
        QDir(workspace.root).removeRecursively();
    }
};

QTEST_MAIN(TestGuiResponsiveness)
#include "TestGuiResponsiveness.moc"
