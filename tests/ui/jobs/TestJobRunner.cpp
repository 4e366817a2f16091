// The window's one way of running engine work: every long operation (training, cross-validation,
// evaluation, the cache count) runs through a JobRunner, reports from the runner's thread, and
// stops within one batch of being cancelled. 32-pixel images, so that nothing here depends on the
// CPU or on the sanitizer build's pace.
#include "FeatureCache.h"
#include "JobRunner.h"
#include "UiTestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>

#include <atomic>
#include <filesystem>
#include <optional>

using namespace tl;
using namespace tl::ui;

class TestJobRunner : public QObject {
    Q_OBJECT
private:
    test::Workspace m_workspace;
    Dataset m_dataset;

    TrainConfig fastConfig(int epochs) const
    {
        TrainConfig config = test::workspaceTrainConfig(m_workspace); // 32 px, fp32: the same on every CPU
        config.batchSize = 4;
        config.epochs = epochs;
        config.earlyStoppingPatience = 0;
        return config;
    }

    // Starts a training on runner; done receives its outcome.
    void train(JobRunner& runner, const TrainConfig& config, const QString& modelPath,
               std::optional<TrainingOutcome>& done)
    {
        QVERIFY(
            runner.start<TrainingOutcome>([dataset = m_dataset, config, path = modelPath.toStdString()](
                                              const Job& job) { return trainModel(dataset, config, path, false, job); },
                                          [&done](const TrainingOutcome& outcome) { done = outcome; }));
    }

    // Cancels the runner at the first report of `signal` that `when` accepts (from the job's own
    // thread, as a click lands between two reports); the returned count is -1 until then, and then
    // counts the accepted reports that still come.
    template <typename Report, typename When>
    static std::shared_ptr<std::atomic<int>> cancelAtFirst(JobRunner& runner, void (JobRunner::*signal)(const Report&),
                                                           When when)
    {
        auto after = std::make_shared<std::atomic<int>>(-1);
        connect(
            &runner, signal, &runner,
            [&runner, after, when](const Report& report) {
                if (!when(report))
                    return;
                if (*after < 0) {
                    runner.cancel();
                    *after = 0;
                } else {
                    ++*after;
                }
            },
            Qt::DirectConnection);
        return after;
    }

    // Runs work, cancelled at its first progress in `phase`: it stops with at most one batch's
    // reports after the cancel (the batch already running), and delivers no result.
    template <typename Result>
    void stopsWithinOneBatch(Phase phase, std::function<JobResult<Result>(const Job&)> work, int reportsPerBatch)
    {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy succeeded(&runner, &JobRunner::succeeded);
        const auto after = cancelAtFirst(runner, &JobRunner::progressed, [phase](const ProgressReport& report) {
            return report.phase == phase && report.done > 0;
        });
        QVERIFY(runner.start<Result>(work, [](const Result&) {}));
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !succeeded.isEmpty(), 60000);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(succeeded.isEmpty());
        QVERIFY(*after >= 0); // it was cancelled in that phase
        QVERIFY2(*after <= reportsPerBatch, qPrintable(QString::number(after->load())));
        QVERIFY(!runner.isRunning());
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_workspace = test::makeWorkspace(30, 8);
        m_dataset = scanDataset(m_workspace.dataset.toStdString());
    }

    void reportsEveryBatchAndEpochFromItsOwnThread()
    {
        JobRunner runner;
        QSignalSpy batches(&runner, &JobRunner::batchFinished);
        QSignalSpy epochs(&runner, &JobRunner::epochFinished);
        QSignalSpy progress(&runner, &JobRunner::progressed);
        QSignalSpy stopped(&runner, &JobRunner::stopped);
        QThread* emittingThread = nullptr;
        connect(
            &runner, &JobRunner::epochFinished, &runner,
            [&emittingThread] { emittingThread = QThread::currentThread(); }, Qt::DirectConnection);
        std::optional<TrainingOutcome> done;
        train(runner, fastConfig(2), m_workspace.root + "/complete.tlmodel", done);
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start<TrainingOutcome>([](const Job&) { return JobResult<TrainingOutcome>(); },
                                               [](const TrainingOutcome&) {})); // one job at a time
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 60000);
        QVERIFY(done.has_value());
        QVERIFY(emittingThread != nullptr && emittingThread != QThread::currentThread());
        // 2 classes x 30 training images, 20% validation: 48 images in batches of 4.
        QCOMPARE(batches.count(), 2 * 12);
        QCOMPARE(epochs.count(), 2);
        QCOMPARE(static_cast<int>(done->result.history.size()), 2);
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.first().first().value<ProgressReport>().phase, Phase::LoadingWeights);
        // The model is handed back in memory, with the fingerprint of the file it wrote.
        QCOMPARE(done->classifier.info().fingerprint.size(), std::size_t{64});
        QVERIFY(QFileInfo::exists(m_workspace.root + "/complete.tlmodel"));
    }

    void cancellingATrainingStopsWithinOneBatch()
    {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        const auto batchesAfter =
            cancelAtFirst(runner, &JobRunner::batchFinished, [](const BatchReport&) { return true; });
        std::optional<TrainingOutcome> done;
        train(runner, fastConfig(50), m_workspace.root + "/cancelled.tlmodel", done);
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty(), 60000);
        QCOMPARE(batchesAfter->load(), 0); // the batch that heard the cancel was the last
        QVERIFY(!done.has_value());
        QVERIFY(!QFileInfo::exists(m_workspace.root + "/cancelled.tlmodel"));
    }

    void cancellingAnExtractionStopsWithinOneBatch()
    {
        TrainConfig config = fastConfig(1);
        config.cacheDir = (m_workspace.root + "/fresh-cache").toStdString(); // every feature is computed
        stopsWithinOneBatch<TrainingOutcome>(
            Phase::ExtractingFeatures,
            [dataset = m_dataset, config, path = (m_workspace.root + "/x.tlmodel").toStdString()](const Job& job) {
                return trainModel(dataset, config, path, false, job);
            },
            1);
    }

    void cancellingACrossValidationStopsWithinOneBatch()
    {
        TrainConfig config = fastConfig(1);
        config.cacheDir = (m_workspace.root + "/crossval-cache").toStdString();
        stopsWithinOneBatch<CrossValidationOutcome>(
            Phase::ExtractingFeatures,
            [dataset = m_dataset, config](const Job& job) { return crossValidate(dataset, config, 3, job); }, 1);
    }

    void cancellingAnEvaluationStopsWithinOneBatch()
    {
        TrainConfig config = fastConfig(1);
        config.cacheDir = (m_workspace.root + "/evaluation-cache").toStdString();
        const Classifier classifier =
            trainModel(m_dataset, config, (m_workspace.root + "/evaluated.tlmodel").toStdString(), false)->classifier;
        std::filesystem::remove_all(config.cacheDir); // the evaluation computes its features again
        stopsWithinOneBatch<DatasetEvaluation>(
            Phase::Evaluating,
            [classifier, dataset = m_dataset](const Job& job) { return classifier.evaluate(dataset, {}, false, job); },
            1);
    }

    void cancellingACacheCountStopsWithinOneImage()
    {
        stopsWithinOneBatch<CacheStatus>(
            Phase::CheckingCache,
            [dataset = m_dataset, config = fastConfig(1)](const Job& job) {
                return featureCacheStatus(dataset, config, 1, true, job);
            },
            0); // it checks the token after every image
    }

    void pauseBlocksUntilResumed()
    {
        JobRunner runner;
        QSignalSpy paused(&runner, &JobRunner::paused);
        QSignalSpy batches(&runner, &JobRunner::batchFinished);
        QSignalSpy stopped(&runner, &JobRunner::stopped);
        std::optional<TrainingOutcome> done;
        train(runner, fastConfig(1), m_workspace.root + "/paused.tlmodel", done);
        runner.pause(); // at the next hook
        QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 30000);
        QVERIFY(runner.isPaused());
        const int batchesWhenPaused = batches.count();
        QTest::qWait(300);
        QCOMPARE(batches.count(), batchesWhenPaused);
        QVERIFY(stopped.isEmpty());
        runner.resume();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 60000);
        QVERIFY(done.has_value());
        QCOMPARE(batches.count(), 12);
    }

    void cancelWakesAPausedJob()
    {
        JobRunner runner;
        QSignalSpy paused(&runner, &JobRunner::paused);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        std::optional<TrainingOutcome> done;
        train(runner, fastConfig(5), m_workspace.root + "/paused-cancelled.tlmodel", done);
        runner.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 30000);
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty(), 30000);
        QVERIFY(!done.has_value());
    }

    void engineErrorsBecomeMessages()
    {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy stopped(&runner, &JobRunner::stopped);
        TrainConfig config = fastConfig(1);
        config.weightsPath = (m_workspace.root + "/no-such-weights.h5").toStdString();
        std::optional<TrainingOutcome> done;
        train(runner, config, m_workspace.root + "/failed.tlmodel", done);
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains("no-such-weights.h5"));
    }
};

QTEST_MAIN(TestJobRunner)
#include "TestJobRunner.moc"
