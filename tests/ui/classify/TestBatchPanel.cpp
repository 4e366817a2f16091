// The Classify view's batch: a dropped folder fills the table with one row per readable image
// (the numbers predict() gives), the unreadable file is listed with why, "Referred only" and the
// band filter and re-flag the rows, Export CSV writes the table, a double-click shows the
// image large above, and each row's Grad-CAM thumbnail follows once the batch has finished.
#include "BatchPanel.h"
#include "BatchTableModel.h"
#include "ClassifyView.h"
#include "EngineBridge.h"
#include "HeatmapOverlay.h"
#include "JobRunner.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace tl;
using namespace tl::ui;

class TestBatchPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_workspace = test::makeWorkspace(10, 4);
        m_classifier.emplace(Classifier::open(test::trainModelFile(m_workspace, "batch.tlmodel", 3)));
        m_cases = m_workspace.dataset + "/test";
        std::ofstream((m_cases + "/broken.png").toStdString()) << "\x89PNG\r\n\x1a\n truncated";
    }

    void aDroppedFolderFillsTheTableWithPredictsNumbers()
    {
        ClassifyView view;
        view.setClassifier(m_classifier, "batch.tlmodel");
        BatchPanel* panel = view.batch();
        QSignalSpy stopped(panel->runner(), &JobRunner::stopped);
        test::dropUrl(&view, m_cases);
        QVERIFY(panel->runner()->isRunning());
        QVERIFY(stopped.wait(60000));
        QCoreApplication::processEvents(); // the last chunk's rows

        const BatchTableModel* table = panel->table();
        QCOMPARE(table->rowCount(), 8); // 4 test images per class; broken.png listed apart
        QVERIFY(test::child<QLabel>(panel, "batchSkippedLabel")->text().contains("broken.png"));
        for (const ClassifiedImage& image : table->batch().images) {
            const Prediction alone = m_classifier->predict(image.path);
            QCOMPARE(image.prediction.probabilities, alone.probabilities);
        }

        // "Referred only" shows the flagged rows; a band of 1 flags them all.
        auto* view2 = test::child<QTableView>(panel, "batchTable");
        int referred = 0;
        for (const ClassifiedImage& image : table->batch().images)
            referred += image.refer ? 1 : 0;
        test::child<QCheckBox>(panel, "batchReferOnlyCheckBox")->setChecked(true);
        QCOMPARE(view2->model()->rowCount(), referred);
        test::child<QDoubleSpinBox>(panel, "batchReferBandSpinBox")->setValue(1.0);
        QCOMPARE(view2->model()->rowCount(), 8);
        QVERIFY(test::child<QLabel>(panel, "batchRuleLabel")->text().contains("-0"));

        const QString csv = m_workspace.root + "/cases.csv";
        panel->exportCsv(csv);
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count('\n'), 9); // the header and 8 rows

        QSignalSpy shown(panel, &BatchPanel::imageActivated);
        emit view2->doubleClicked(view2->model()->index(0, 0));
        QCOMPARE(shown.count(), 1);
        QVERIFY(shown.at(0).at(0).toString().startsWith(m_cases));
    }

    void aRowsHeatmapFollowsOnceTheBatchHasFinished()
    {
        ClassifyView view;
        view.setClassifier(m_classifier, "batch.tlmodel");
        BatchPanel* panel = view.batch();
        const BatchTableModel* table = panel->table();
        QSignalSpy stopped(panel->runner(), &JobRunner::stopped);
        panel->classifyFolder(m_cases);
        QVERIFY(stopped.wait(60000));
        QCoreApplication::processEvents(); // the last chunk's rows

        // Asking for a row's heat map starts it; the row changes when it is ready.
        QSignalSpy changed(table, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = table->index(2, BatchTableModel::HeatmapColumn);
        const QImage placeholder = table->data(cell, Qt::DecorationRole).value<QPixmap>().toImage();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(changed.begin(), changed.end(),
                        [&](const QList<QVariant>& signal) { return signal.at(0).toModelIndex() == cell; }),
            30000);
        const QImage shown = table->data(cell, Qt::DecorationRole).value<QPixmap>().toImage();
        QVERIFY(shown != placeholder);

        // The Classify view's large heat map, made small.
        const RgbImage image = decodeImage(table->batch().images[2].path);
        const QImage expected =
            scaledQImage(overlayHeatmap(image, m_classifier->explain(image).heatmap, 0.5), BatchTableModel::kIconSize);
        QCOMPARE(shown.convertToFormat(QImage::Format_RGB888), expected.convertToFormat(QImage::Format_RGB888));
    }

private:
    test::Workspace m_workspace;
    std::optional<Classifier> m_classifier;
    QString m_cases;
};

QTEST_MAIN(TestBatchPanel)
#include "TestBatchPanel.moc"
