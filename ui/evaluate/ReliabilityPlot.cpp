#include "ReliabilityPlot.h"

#include "EngineBridge.h"

namespace tl::ui {

ReliabilityPlot::ReliabilityPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName("reliabilityPlot");
    setToolTip(tr("Reliability diagram: how often the predicted class is right (bars) against how "
                  "confident the model was (diagonal: perfect calibration)"));
    xAxis->setLabel(tr("Confidence"));
    yAxis->setLabel(tr("Accuracy"));
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1.02);
    setBackground(palette().color(QPalette::Base));
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    auto* accuracyBars = new QCPBars(xAxis, yAxis);
    accuracyBars->setName(tr("Accuracy"));
    accuracyBars->setWidth(0.1);
    accuracyBars->setPen(QPen(QColor(31, 119, 180)));
    accuracyBars->setBrush(QColor(31, 119, 180, 140));
    addGraph()->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    graph(0)->setName(tr("Perfect calibration"));
    graph(0)->setData({0, 1}, {0, 1});
}

void ReliabilityPlot::setEvaluation(const Evaluation& evaluation)
{
    QVector<double> confidence, accuracy;
    for (const ReliabilityBin& bin : evaluation.reliability)
        if (bin.count > 0) { // an empty bin has no accuracy, not an accuracy of 0
            confidence << (bin.lower + bin.upper) / 2;
            accuracy << bin.accuracy;
        }
    auto* bars = qobject_cast<QCPBars*>(plottable(0));
    bars->setData(confidence, accuracy);
    bars->setName(evaluation.count > 0
                      ? tr("Accuracy (ECE = %1)").arg(metricNumber(evaluation.expectedCalibrationError))
                      : tr("Accuracy"));
    replot();
}

} // namespace tl::ui
