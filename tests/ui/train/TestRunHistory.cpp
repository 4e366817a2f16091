#include "RunHistory.h"
#include "RunRecords.h"
#include "UiTestSupport.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>

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
    run.result.history.resize(4);
    Evaluation test;
    test.accuracy = testAccuracy;
    run.result.test = test;
    return run;
}

} // namespace

class TestRunHistory : public QObject {
    Q_OBJECT
private slots:
    void listsRunsWithTheirSummary()
    {
        RunRecords runs;
        RunHistory history(&runs);
        runs.add(makeRun(224, 0.875));
        auto* list = child<QListWidget>(&history, "runHistoryListWidget");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(),
                 QString("13:14:15 — lesions.h5, 224 px, 4 epoch(s), lr 0.001 — accuracy 0.875"));
    }

    void reopensTheChosenRun()
    {
        RunRecords runs;
        RunHistory history(&runs);
        runs.add(makeRun(224, 0.5));
        runs.add(makeRun(64, 0.75));
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

    void keepsRunsBetweenSessions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("history/run-history.json");
        RunRecord run = makeRun(96, 0.625);
        run.config.learningRate = 0.01;
        run.result.history[1] = {1, 0.5, 0.75, std::nan(""), std::nan(""), 0.01};
        run.batches = {{0, 0, 3, 0.9, 0.5}, {0, 1, 3, 0.8, 0.625}};
        run.result.validation = evaluatePredictions({0, 1}, {{0.8, 0.2}, {0.3, 0.7}}, {"benign", "malignant"}, 1);
        RunRecords(path).add(run);
        RunRecords kept(path);
        RunHistory second(&kept);
        QCOMPARE(kept.count(), 1);
        const RunRecord& loaded = kept.at(0);
        QCOMPARE(loaded.finishedAt, run.finishedAt);
        QCOMPARE(loaded.modelPath, run.modelPath);
        QCOMPARE(loaded.config.imageSize, 96);
        QCOMPARE(loaded.config.learningRate, 0.01);
        QCOMPARE(loaded.result.history.size(), std::size_t(4));
        QCOMPARE(loaded.result.history[1].trainAccuracy, 0.75);
        QVERIFY(std::isnan(loaded.result.history[1].validationLoss));
        QCOMPARE(loaded.batches.size(), std::size_t(2));
        QCOMPARE(loaded.batches[1].accuracy, 0.625);
        QVERIFY(loaded.result.validation.has_value());
        QCOMPARE(loaded.result.validation->auc, 1.0);
        QCOMPARE(loaded.result.test->accuracy, 0.625);
        QCOMPARE(child<QListWidget>(&second, "runHistoryListWidget")->count(), 1);
    }

    void comparesRunsOnWhatDiffersAndEveryMetric()
    {
        RunRecord a = makeRun(224, 0.5), b = makeRun(224, 0.75);
        b.config.learningRate = 0.01;
        const auto rows = RunHistory::comparison({&a, &b});
        auto find = [&](const QString& name) {
            for (const auto& row : rows)
                if (row.first == name)
                    return row.second;
            return QStringList();
        };
        QCOMPARE(find("Learning rate"), QStringList({"0.001", "0.01"}));
        QCOMPARE(find("Test accuracy"), QStringList({"0.500", "0.750"}));
        QCOMPARE(find("Validation accuracy"), QStringList({"—", "—"}));
        QVERIFY2(find("Image size").isEmpty(), "options equal in every run are left out");

        RunRecords runs;
        RunHistory history(&runs);
        runs.add(a);
        runs.add(b);
        auto* compare = child<QPushButton>(&history, "compareRunsButton");
        QVERIFY(!compare->isEnabled());
        child<QListWidget>(&history, "runHistoryListWidget")->selectAll();
        QVERIFY(compare->isEnabled());
        compare->click();
        auto* table = child<QTableWidget>(&history, "runComparisonTable");
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->rowCount(), static_cast<int>(rows.size()));
    }
};

QTEST_MAIN(TestRunHistory)
#include "TestRunHistory.moc"
