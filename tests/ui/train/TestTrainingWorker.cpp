#include "TrainingWorker.h"
#include "UiTestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>

using namespace tl;
using namespace tl::ui;

// The spies record from the worker thread, so a signal may come before a wait() begins: the
// tests poll the spies' counts instead.
class TestTrainingWorker : public QObject {
    Q_OBJECT
private:
    test::Workspace m_workspace;
    Dataset m_dataset;
    QThread m_thread;
    TrainingWorker* m_worker = nullptr;

    TrainConfig fastConfig(int epochs) const
    {
        TrainConfig config;
        config.weightsPath = m_workspace.weights.toStdString();
        config.cacheDir = m_workspace.cache.toStdString();
        config.imageSize = 32;
        config.batchSize = 4;
        config.epochs = epochs;
        config.earlyStoppingPatience = 0;
        config.precision = Precision::Fp32; // the same numbers on every CPU (Auto is bf16 on some)
        return config;
    }

    void start(int epochs, const QString& modelPath)
    {
        m_worker->reset();
        QMetaObject::invokeMethod(
            m_worker, [this, epochs, modelPath] { m_worker->run(m_dataset, fastConfig(epochs), modelPath, false); },
            Qt::QueuedConnection);
    }

private slots:
    void initTestCase()
    {
        m_workspace = test::makeWorkspace(10, 2);
        m_dataset = scanDataset(m_workspace.dataset.toStdString());
        m_worker = new TrainingWorker;
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }

    void cleanupTestCase()
    {
        m_worker->cancel();
        m_thread.quit();
        m_thread.wait();
    }

    void reportsEveryBatchAndEpochFromItsThread()
    {
        QSignalSpy batches(m_worker, &TrainingWorker::batchFinished);
        QSignalSpy epochs(m_worker, &TrainingWorker::epochFinished);
        QSignalSpy progress(m_worker, &TrainingWorker::progressed);
        QSignalSpy finished(m_worker, &TrainingWorker::finished);
        QThread* emittingThread = nullptr;
        const QMetaObject::Connection probe = connect(
            m_worker, &TrainingWorker::epochFinished, m_worker,
            [&emittingThread] { emittingThread = QThread::currentThread(); }, Qt::DirectConnection);
        start(2, m_workspace.root + "/complete.h5");
        const bool done = QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000);
        disconnect(probe);
        QVERIFY(done);
        const auto outcome = finished.at(0).at(0).value<TrainingOutcome>();
        QVERIFY(!outcome.cancelled);
        QCOMPARE(emittingThread, &m_thread);
        // 2 classes x 10 training images, 20% validation: 16 images in batches of 4.
        QCOMPARE(batches.count(), 2 * 4);
        QCOMPARE(epochs.count(), 2);
        QCOMPARE(static_cast<int>(outcome.result.history.size()), 2);
        QVERIFY(progress.count() > 0);
        QVERIFY(outcome.result.test.has_value());
        QCOMPARE(outcome.result.test->count, 4);
        QVERIFY(QFileInfo::exists(m_workspace.root + "/complete.h5"));
    }

    void cancelStopsWithinOneBatch()
    {
        QSignalSpy finished(m_worker, &TrainingWorker::finished);
        QSignalSpy batches(m_worker, &TrainingWorker::batchFinished);
        const QMetaObject::Connection cancelAtFirstBatch = connect(
            m_worker, &TrainingWorker::batchFinished, m_worker, [this] { m_worker->cancel(); }, Qt::DirectConnection);
        start(50, m_workspace.root + "/cancelled.h5");
        const bool done = QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000);
        disconnect(cancelAtFirstBatch);
        QVERIFY(done);
        QVERIFY(finished.at(0).at(0).value<TrainingOutcome>().cancelled);
        QCOMPARE(batches.count(), 1);
        QVERIFY(!QFileInfo::exists(m_workspace.root + "/cancelled.h5"));
    }

    void pauseBlocksUntilResumed()
    {
        QSignalSpy paused(m_worker, &TrainingWorker::paused);
        QSignalSpy batches(m_worker, &TrainingWorker::batchFinished);
        QSignalSpy finished(m_worker, &TrainingWorker::finished);
        m_worker->reset();
        m_worker->pause(); // pauses at the first callback
        QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->run(m_dataset, fastConfig(1), m_workspace.root + "/paused.h5", false); },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 30000);
        QVERIFY(m_worker->isPaused());
        const int batchesWhenPaused = batches.count();
        QTest::qWait(300);
        QCOMPARE(batches.count(), batchesWhenPaused);
        QVERIFY(finished.isEmpty());
        m_worker->resume();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(!finished.at(0).at(0).value<TrainingOutcome>().cancelled);
        QCOMPARE(batches.count(), 4);
    }

    void cancelWakesAPausedRun()
    {
        QSignalSpy paused(m_worker, &TrainingWorker::paused);
        QSignalSpy finished(m_worker, &TrainingWorker::finished);
        m_worker->reset();
        m_worker->pause();
        QMetaObject::invokeMethod(
            m_worker,
            [this] { m_worker->run(m_dataset, fastConfig(5), m_workspace.root + "/paused-cancelled.h5", false); },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 30000);
        m_worker->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY(finished.at(0).at(0).value<TrainingOutcome>().cancelled);
    }

    void engineErrorsBecomeMessages()
    {
        QSignalSpy failed(m_worker, &TrainingWorker::failed);
        m_worker->reset();
        QMetaObject::invokeMethod(
            m_worker,
            [this] {
                TrainConfig config = fastConfig(1);
                config.weightsPath = (m_workspace.root + "/no-such-weights.h5").toStdString();
                m_worker->run(m_dataset, config, m_workspace.root + "/failed.h5", false);
            },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QVERIFY(failed.at(0).at(0).toString().contains("no-such-weights.h5"));
    }
};

QTEST_MAIN(TestTrainingWorker)
#include "TestTrainingWorker.moc"
