#include "RocThresholdPicker.h"

#include "EngineBridge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tl::ui {
namespace {

constexpr int kThresholdSteps = 1000; // the slider's resolution

} // namespace

RocThresholdPicker::RocThresholdPicker(QWidget* parent)
    : QWidget(parent), m_roc(new QCustomPlot(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_useButton(new QPushButton(tr("&Use as the Model's Threshold"), this)), m_operatingPoint(new QLabel(this))
{
    m_roc->setObjectName("rocPlot");
    m_roc->setMinimumSize(260, 140);         // room for the threshold row below it on a 640-pixel screen
    m_roc->setInteractions(QCP::iRangeZoom); // a drag moves the threshold marker instead
    m_roc->setToolTip(tr("Click or drag along the curve to pick a decision threshold"));
    m_roc->xAxis->setLabel(tr("False positive rate"));
    m_roc->yAxis->setLabel(tr("True positive rate"));
    m_roc->xAxis->setRange(0, 1);
    m_roc->yAxis->setRange(0, 1.02);
    m_roc->legend->setVisible(true);
    m_roc->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_roc->addGraph()->setPen(QPen(QColor(31, 119, 180), 2));
    m_roc->addGraph()->setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    m_roc->graph(1)->setName(tr("Chance"));
    m_roc->graph(1)->setData({0, 1}, {0, 1});
    m_roc->setBackground(palette().color(QPalette::Base));
    QCPGraph* marker = m_roc->addGraph();
    marker->setName(tr("Threshold"));
    marker->setLineStyle(QCPGraph::lsNone);
    marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(214, 39, 40), 10));
    connect(m_roc, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { pickThresholdAt(event->position()); });
    connect(m_roc, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() & Qt::LeftButton)
            pickThresholdAt(event->position());
    });
    m_slider->setObjectName("thresholdSlider");
    m_slider->setRange(0, kThresholdSteps);
    m_slider->setToolTip(tr("Decision threshold: the positive class is predicted when its probability "
                            "reaches it"));
    connect(m_slider, &QSlider::valueChanged, this, &RocThresholdPicker::showOperatingPoint);
    m_operatingPoint->setObjectName("operatingPointLabel");
    m_operatingPoint->setWordWrap(true);
    m_useButton->setObjectName("useThresholdButton");
    m_useButton->setToolTip(tr("Save this threshold into the current model: Classify, predict and the "
                               "exports then use it"));
    connect(m_useButton, &QPushButton::clicked, this, [this] { emit thresholdChosen(pickedThreshold()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_roc, 1);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(new QLabel(tr("Threshold:"), this));
    thresholdRow->addWidget(m_slider, 1);
    thresholdRow->addWidget(m_useButton);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_operatingPoint);
    showOperatingPoint();
}

void RocThresholdPicker::setEvaluation(const Evaluation& evaluation)
{
    m_evaluation = evaluation;
    QVector<double> x, y;
    for (const RocPoint& point : evaluation.roc) {
        x << point.falsePositiveRate;
        y << point.truePositiveRate;
    }
    // The ROC points come ordered by threshold, not by x: keep that order (a curve, not a graph).
    m_roc->graph(0)->setData(x, y, /*alreadySorted=*/true);
    m_roc->graph(0)->setName(evaluation.binary ? tr("ROC (AUC = %1)").arg(metricNumber(evaluation.auc)) : tr("ROC"));
    m_roc->setEnabled(evaluation.binary);
    m_slider->setEnabled(evaluation.binary);
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(static_cast<int>(std::lround(evaluation.threshold * kThresholdSteps)));
    showOperatingPoint();
}

void RocThresholdPicker::setThresholdSavable(bool savable)
{
    m_savable = savable;
    showOperatingPoint();
}

double RocThresholdPicker::pickedThreshold() const
{
    return static_cast<double>(m_slider->value()) / kThresholdSteps;
}

void RocThresholdPicker::setPickedThreshold(double threshold)
{
    m_slider->setValue(static_cast<int>(std::lround(std::clamp(threshold, 0.0, 1.0) * kThresholdSteps)));
}

void RocThresholdPicker::pickThresholdAt(const QPointF& pixel)
{
    if (!m_evaluation.binary)
        return;
    double best = std::numeric_limits<double>::max();
    double threshold = m_evaluation.threshold;
    for (const RocPoint& point : m_evaluation.roc) {
        const double dx = m_roc->xAxis->coordToPixel(point.falsePositiveRate) - pixel.x();
        const double dy = m_roc->yAxis->coordToPixel(point.truePositiveRate) - pixel.y();
        if (std::isfinite(point.threshold) && dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            threshold = point.threshold;
        }
    }
    setPickedThreshold(threshold);
}

void RocThresholdPicker::showOperatingPoint()
{
    const bool binary = m_evaluation.binary;
    m_useButton->setEnabled(binary && m_savable);
    if (!binary) {
        m_roc->graph(2)->data()->clear();
        m_operatingPoint->setText(tr("The threshold picker needs a two-class evaluation."));
        m_roc->replot();
        return;
    }
    const OperatingPoint point = operatingPointAt(m_evaluation, pickedThreshold());
    m_roc->graph(2)->setData({point.falsePositiveRate}, {point.sensitivity});
    m_roc->replot();
    m_operatingPoint->setText(tr("At threshold %1: sensitivity %2, specificity %3, PPV %4, NPV %5")
                                  .arg(metricNumber(point.threshold), metricNumber(point.sensitivity),
                                       metricNumber(point.specificity), metricNumber(point.positivePredictiveValue),
                                       metricNumber(point.negativePredictiveValue)));
}

} // namespace tl::ui
