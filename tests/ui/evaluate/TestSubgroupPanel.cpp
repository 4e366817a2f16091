// The Evaluate view's subgroups: one row per value of the chosen metadata column, with the
// engine's metrics and intervals, a hint when there is no metadata or no image list.
#include "Fixtures.h"
#include "SubgroupPanel.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace tl;
using namespace tl::ui;
using test::child;

class TestSubgroupPanel : public QObject {
    Q_OBJECT
private slots:
    void showsEachValueWithItsIntervals()
    {
        const std::string dir = fixtures::makeTempDir("tl-subgroup-panel");
        std::string csv = "image,group,site,sex\n";
        ScoredSamples samples;
        for (int i = 0; i < 40; ++i) {
            const int label = i % 2;
            const double p = (i % 5 == 0) == (label == 1) ? 0.3 : 0.7; // every fifth image wrong
            samples.paths.push_back("/d/" + std::to_string(i) + ".png");
            samples.labels.push_back(label);
            samples.probabilities.push_back({1 - p, p});
            csv += std::to_string(i) + ".png,P" + std::to_string(i) + "," + (i < 30 ? "north" : "south") + "," +
                   (i % 3 ? "f" : "m") + "\n";
        }
        std::ofstream(dir + "/m.csv") << csv;
        const Evaluation evaluation =
            evaluatePredictions(samples.labels, samples.probabilities, {"benign", "malignant"}, 1);

        SubgroupPanel panel;
        QVERIFY(child<QLabel>(&panel, "subgroupHintLabel")->text().startsWith("Load a metadata file"));
        panel.setMetadata(readImageMetadata(dir + "/m.csv"));
        panel.setEvaluation(evaluation, samples, "/d");
        auto* column = child<QComboBox>(&panel, "subgroupColumnComboBox");
        QCOMPARE(column->count(), 2); // site and sex: not image, not group
        auto* table = child<QTableWidget>(&panel, "subgroupTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QString("north"));
        QCOMPARE(table->item(0, 1)->text(), QString("30"));
        QVERIFY(table->item(0, 2)->text().startsWith("0.800 (")); // 24 of 30 right, with its interval
        QCOMPARE(table->item(1, 1)->text(), QString("10"));
        column->setCurrentIndex(1);
        QCOMPARE(table->item(0, 0)->text(), QString("f"));
        QCOMPARE(table->item(0, 1)->text(), QString("26"));
        panel.setEvaluation(evaluation, {}, "/d");
        QCOMPARE(table->rowCount(), 0);
        std::filesystem::remove_all(dir);
    }
};

QTEST_MAIN(TestSubgroupPanel)
#include "TestSubgroupPanel.moc"
