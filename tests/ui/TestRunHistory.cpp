#include "RunHistory.h"
#include "UiTestSupport.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace tl;
using namespace tl::ui;
using test::child;

namespace {

RunRecord makeRun(int imageSize, double testAccuracy)
{
    RunRecord run;
    run.finishedAt = QDateTime(QDate(2026, 1, 2), QTime(13, 14, 15));
    run.config.imageSize = imageSize;
    run.modelPath = "/models/lesions.h5";
    run.epochs.resize(4);
    Evaluation test;
    test.accuracy = testAccuracy;
    run.test = test;
    return run;
}

} // namespace

class TestRunHistory : public QObject {
    Q_OBJECT
private slots:
    void listsRunsWithTheirSummary()
    {
        RunHistory history;
        history.addRun(makeRun(224, 0.875));
        auto* list = child<QListWidget>(&history, "runHistoryListWidget");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(),
                 QString("13:14:15 — lesions.h5, 224 px, 4 epoch(s), lr 0.001 — accuracy 0.875"));
    }

    void reopensTheChosenRun()
    {
        RunHistory history;
        history.addRun(makeRun(224, 0.5));
        history.addRun(makeRun(64, 0.75));
        QSignalSpy reopened(&history, &RunHistory::reopened);
        auto* button = child<QPushButton>(&history, "reopenRunButton");
        QVERIFY(!button->isEnabled());
        child<QListWidget>(&history, "runHistoryListWidget")->setCurrentRow(1);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(reopened.count(), 1);
        QCOMPARE(reopened.at(0).at(0).value<RunRecord>().config.imageSize, 64);
        history.reopen(5); // out of range: ignored
        QCOMPARE(reopened.count(), 1);
    }
};

QTEST_MAIN(TestRunHistory)
#include "TestRunHistory.moc"
