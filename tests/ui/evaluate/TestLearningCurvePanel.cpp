// The Evaluate view's learning curve: ten points on the test split, accuracy and AUC each with
// its error bars, the numbers the engine measured.
#include "JobRunner.h"
#include "LearningCurvePanel.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>
#include <qcustomplot.h>

#include <filesystem>

using namespace tl;
using namespace tl::ui;
using test::child;

class TestLearningCurvePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_workspace = test::makeWorkspace(10, 4);
    }

    void drawsAccuracyAndAucWithTheirIntervals()
    {
        LearningCurvePanel panel;
        TrainConfig config = test::workspaceTrainConfig(m_workspace);
        config.epochs = 2;
        QSignalSpy stopped(panel.runner(), &JobRunner::stopped);
        panel.draw(scanDataset(m_workspace.dataset.toStdString()), config);
        QVERIFY(stopped.wait(60000));
        QVERIFY(panel.curve().has_value());
        QCOMPARE(panel.curve()->points.size(), std::size_t{10});

        auto* plot = child<QCustomPlot>(&panel, "learningCurvePlot");
        QCOMPARE(plot->graphCount(), 2);
        QCOMPARE(plot->graph(0)->data()->size(), 10);
        QCOMPARE(plot->graph(0)->data()->at(9)->value, panel.curve()->points[9].evaluation.accuracy);
        QCOMPARE(plot->graph(1)->name(), QString("AUC"));
        QCOMPARE(plot->plottableCount(), 4); // two graphs and their error bars
        QVERIFY(child<QLabel>(&panel, "learningCurveCaption")->text().startsWith("Measured on the test split (8 "));
    }

    void cleanupTestCase() { std::filesystem::remove_all(m_workspace.root.toStdString()); }

private:
    test::Workspace m_workspace;
};

QTEST_MAIN(TestLearningCurvePanel)
#include "TestLearningCurvePanel.moc"
