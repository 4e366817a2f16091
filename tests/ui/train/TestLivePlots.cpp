#include "Fixtures.h"
#include "LivePlots.h"

#include <QFileInfo>
#include <QImage>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

using namespace tl;
using namespace tl::ui;

class TestLivePlots : public QObject {
    Q_OBJECT
private slots:
    void coalescesRedraws()
    {
        LivePlots plots;
        plots.show();
        for (int batch = 0; batch < 200; ++batch)
            plots.addBatch({batch / 20, batch % 20, 20, 1.0 / (batch + 1), 0.5});
        QCOMPARE(plots.trainingPointCount(), 200);
        QCOMPARE(plots.replotCount(), 0); // nothing drawn synchronously
        QTRY_COMPARE_WITH_TIMEOUT(plots.replotCount(), 1, 1000);
        QTest::qWait(3 * LivePlots::kReplotDelayMs);
        QCOMPARE(plots.replotCount(), 1); // one redraw for the whole burst
    }

    void smoothsTheTrainingCurve()
    {
        LivePlots plots;
        plots.addBatch({0, 0, 2, 1.0, 0.0});
        plots.addBatch({0, 1, 2, 0.0, 1.0});
        const QCPGraphDataContainer& loss = *plots.lossPlot()->graph(0)->data();
        QCOMPARE(loss.at(0)->key, 0.5);   // batch 1 of 2 in epoch 0
        QCOMPARE(loss.at(0)->value, 1.0); // debiased: the first point is the value itself
        const double expected = (0.9 * 0.1 * 1.0) / (1 - 0.81);
        QVERIFY(std::abs(loss.at(1)->value - expected) < 1e-12);
    }

    void plotsValidationPerEpochOnly()
    {
        LivePlots plots;
        plots.addEpoch({0, 0.7, 0.6, 0.5, 0.8, 1e-3});
        plots.addEpoch(
            {1, 0.6, 0.7, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN(), 1e-3});
        QCOMPARE(plots.validationPointCount(), 1);
        QCOMPARE(plots.accuracyPlot()->graph(1)->data()->at(0)->value, 0.8);
        plots.clear();
        QCOMPARE(plots.validationPointCount(), 0);
    }

    void accuracyAxisRunsFromZeroToOneBeforeAnyPoint()
    {
        LivePlots plots;
        QCOMPARE(plots.accuracyPlot()->yAxis->range().lower, 0.0);
        QCOMPARE(plots.accuracyPlot()->yAxis->range().upper, LivePlots::kAccuracyTop);
    }

    // The seed's raw recipe: the first batches lose about 650, the rest about 1-3. Fitted to
    // every point, the validation curve would be a flat line at the bottom.
    void keepsTheLossReadableWhenTheFirstBatchesAreHuge()
    {
        LivePlots plots;
        plots.show();
        for (int batch = 0; batch < 200; ++batch)
            plots.addBatch({batch / 20, batch % 20, 20, batch < 3 ? 650.0 : 2.0 - batch * 0.005, 0.5});
        for (int epoch = 0; epoch < 10; ++epoch)
            plots.addEpoch({epoch, 2.0, 0.5, 3.0 - epoch * 0.2, 0.6, 1e-3});
        QTRY_VERIFY_WITH_TIMEOUT(plots.replotCount() > 0, 1000);
        const QCPRange range = plots.lossPlot()->yAxis->range();
        QCOMPARE(range.lower, 0.0);
        QVERIFY2(range.upper >= 3.0 && range.upper < 10.0, qPrintable(QString::number(range.upper)));
        QVERIFY(plots.clippedLossLabel()->visible());
        QVERIFY(plots.clippedLossLabel()->text().contains("up to"));

        plots.setLogarithmicLoss(true); // everything fits on a logarithmic axis
        QCOMPARE(plots.lossPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(plots.lossPlot()->yAxis->range().upper >= 650.0);
        QVERIFY(!plots.clippedLossLabel()->visible());

        plots.setLogarithmicLoss(false);
        plots.clear(); // an ordinary run, falling from 0.7 to 0.3: fitted to all, nothing clipped
        for (int batch = 0; batch < 100; ++batch)
            plots.addBatch({batch / 10, batch % 10, 10, 0.7 - batch * 0.004, 0.5});
        QTRY_VERIFY_WITH_TIMEOUT(!plots.clippedLossLabel()->visible() && plots.lossPlot()->yAxis->range().upper >= 0.7,
                                 1000);
    }

    void showsAFinishedRunsHistory()
    {
        LivePlots plots;
        plots.showHistory({{0, 0.9, 0.5, 0.8, 0.6, 1e-3}, {1, 0.5, 0.8, 0.4, 0.9, 1e-3}});
        QCOMPARE(plots.trainingPointCount(), 2);
        QCOMPARE(plots.validationPointCount(), 2);
    }

    void exportsPngAndPdf()
    {
        LivePlots plots;
        plots.resize(800, 300);
        plots.addEpoch({0, 0.7, 0.6, 0.5, 0.8, 1e-3});
        const QString dir = QString::fromStdString(fixtures::makeTempDir("transferlab-plots"));
        QVERIFY(LivePlots::exportPlot(plots.lossPlot(), dir + "/loss.png"));
        const QImage png(dir + "/loss.png");
        QVERIFY(!png.isNull());
        QCOMPARE(png.width(), 2 * plots.lossPlot()->width());
        QVERIFY(LivePlots::exportPlot(plots.accuracyPlot(), dir + "/accuracy.pdf"));
        QFile pdf(dir + "/accuracy.pdf");
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(!LivePlots::exportPlot(plots.lossPlot(), dir + "/no-such-folder/loss.png"));
    }
};

QTEST_MAIN(TestLivePlots)
#include "TestLivePlots.moc"
