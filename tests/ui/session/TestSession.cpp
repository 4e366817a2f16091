// The session: the training's run state, which views follow instead of asking each other, and the
// finished runs it records.
#include "Session.h"
#include "UiTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tl;
using namespace tl::ui;

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void tellsWhenATrainingStartsAndStops()
    {
        Session session;
        QSignalSpy states(&session, &Session::runStateChanged);
        QSignalSpy training(&session, &Session::trainingChanged);
        QVERIFY(!session.isTraining());
        session.setRunState(Session::RunState::Running);
        session.setRunState(Session::RunState::Paused);
        session.setRunState(Session::RunState::Paused); // no change, no signal
        session.setRunState(Session::RunState::Cancelling);
        QVERIFY(session.isTraining());
        session.setRunState(Session::RunState::Idle);
        QCOMPARE(states.count(), 4);
        QCOMPARE(training.count(), 2); // started, stopped: pausing and cancelling are still a training
        QCOMPARE(training.at(0).at(0).toBool(), true);
        QCOMPARE(training.at(1).at(0).toBool(), false);
    }

    void keepsTheNewestRunsAndRemovesTheirModelsWhenAsked()
    {
        QTemporaryDir dir;
        Session session(dir.filePath("run-history.json"));
        RunRecords* runs = session.runs();
        QSignalSpy changed(runs, &RunRecords::changed);
        for (int i = 0; i < static_cast<int>(RunRecords::kKept) + 2; ++i) {
            RunRecord run;
            run.config.epochs = i + 1;
            run.modelPath = dir.filePath(QString("m%1.tlmodel").arg(i));
            QFile(run.modelPath).open(QIODevice::WriteOnly);
            run.modelWrittenAt = QFileInfo(run.modelPath).lastModified();
            runs->add(run);
        }
        QCOMPARE(runs->count(), static_cast<int>(RunRecords::kKept));
        QCOMPARE(runs->at(0).config.epochs, 3); // the two oldest left
        QCOMPARE(changed.count(), static_cast<int>(RunRecords::kKept) + 2);
        const QString kept = runs->at(0).modelPath, removed = runs->at(1).modelPath;
        runs->remove({1}, /*withModelFiles=*/true);
        runs->remove({0}, /*withModelFiles=*/false);
        QVERIFY(!QFile::exists(removed));
        QVERIFY(QFile::exists(kept));
        runs->waitForSaved(); // the saves run off the GUI thread
        QCOMPARE(Session(dir.filePath("run-history.json")).runs()->count(), static_cast<int>(RunRecords::kKept) - 2);
    }
};

QTEST_MAIN(TestSession)
#include "TestSession.moc"
