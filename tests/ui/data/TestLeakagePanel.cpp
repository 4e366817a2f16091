// The Data view's duplicate finder: an image copied into the other class and into the test folder
// is listed as an exact copy across a split and two classes, the pair is shown side by side, and
// the actions exclude an image (its review mark saved) or ask for the two in one group.
#include "JobRunner.h"
#include "LeakagePanel.h"
#include "ReviewMarks.h"
#include "ThumbnailModel.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include <filesystem>

using namespace tl;
using namespace tl::ui;
using test::child;

class TestLeakagePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_workspace = test::makeWorkspace(8, 2);
        const std::string dataset = m_workspace.dataset.toStdString();
        std::filesystem::copy_file(dataset + "/train/benign/0.png", dataset + "/test/malignant/copy.png");
    }

    void listsTheCopyAndActsOnIt()
    {
        LeakagePanel panel;
        TrainConfig config = test::workspaceTrainConfig(m_workspace);
        QSignalSpy stopped(panel.runner(), &JobRunner::stopped);
        panel.find(scanDataset(m_workspace.dataset.toStdString()), config);
        QVERIFY(stopped.wait(60000));

        auto* table = child<QTableWidget>(&panel, "duplicatesTable");
        QVERIFY(table->rowCount() >= 1);
        QCOMPARE(table->item(0, 0)->text(), QString("exact copy"));
        QCOMPARE(table->item(0, 1)->text(), QString("train/benign/0.png"));
        QCOMPARE(table->item(0, 2)->text(), QString("test/malignant/copy.png"));
        QCOMPARE(table->item(0, 3)->text(), QString("training and test"));
        QCOMPARE(table->item(0, 4)->text(), QString("two classes"));
        const QString summary = child<QLabel>(&panel, "duplicatesSummaryLabel")->text();
        QVERIFY2(summary.contains("under two classes") && summary.contains("images at similarity 0.95"),
                 qPrintable(summary));
        auto* pairView = child<QListView>(&panel, "duplicatePairView");
        QCOMPARE(pairView->model()->rowCount(), 2); // side by side

        QSignalSpy grouped(&panel, &LeakagePanel::groupPairRequested);
        child<QPushButton>(&panel, "groupPairButton")->click();
        QCOMPARE(grouped.count(), 1);
        QVERIFY(grouped.at(0).at(1).toString().endsWith("test/malignant/copy.png"));

        QSignalSpy excluded(&panel, &LeakagePanel::imageExcluded);
        child<QPushButton>(&panel, "excludeSecondButton")->click();
        QCOMPARE(excluded.count(), 1);
        const ReviewMarks marks = loadReviewMarks(m_workspace.dataset.toStdString());
        QCOMPARE(marks.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(marks.begin()->first), QString("test/malignant/copy.png"));
        QCOMPARE(marks.begin()->second, ReviewMark::Excluded);
    }

    void cleanupTestCase() { std::filesystem::remove_all(m_workspace.root.toStdString()); }

private:
    test::Workspace m_workspace;
};

QTEST_MAIN(TestLeakagePanel)
#include "TestLeakagePanel.moc"
