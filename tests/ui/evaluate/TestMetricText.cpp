// How the window writes a metric: with its interval, or with why it has none (too few images, or
// a model file recorded before intervals were computed).
#include "MetricText.h"

#include <QtTest>

using namespace tl;
using namespace tl::ui;

class TestMetricText : public QObject {
    Q_OBJECT
private slots:
    void saysWhyAMetricHasNoInterval()
    {
        std::vector<int> labels;
        std::vector<std::vector<double>> probabilities;
        for (int i = 0; i < 40; ++i) {
            labels.push_back(i % 2);
            probabilities.push_back(i % 5 ? std::vector<double>{0.7 - 0.4 * (i % 2), 0.3 + 0.4 * (i % 2)}
                                          : std::vector<double>{0.5, 0.5});
        }
        Evaluation e = evaluatePredictions(labels, probabilities, {"benign", "malignant"}, 1);
        const Interval accuracy = e.intervals->metrics.at("accuracy");
        QCOMPARE(metricWithInterval(e, "accuracy", e.accuracy),
                 QString("%1 (%2–%3)")
                     .arg(QString::number(e.accuracy, 'f', 3), QString::number(accuracy.lower, 'f', 3),
                          QString::number(accuracy.upper, 'f', 3)));
        e.intervals.reset(); // as an older model file records it
        QCOMPARE(metricWithInterval(e, "accuracy", e.accuracy),
                 QString::number(e.accuracy, 'f', 3) + " (no interval: measured before intervals were)");
        const Evaluation small =
            evaluatePredictions({0, 1, 1}, {{0.8, 0.2}, {0.3, 0.7}, {0.6, 0.4}}, {"benign", "malignant"}, 1);
        QCOMPARE(metricWithInterval(small, "auc", small.auc),
                 QString::number(small.auc, 'f', 3) + " (too few images for an interval)");
    }
};

QTEST_MAIN(TestMetricText)
#include "TestMetricText.moc"
