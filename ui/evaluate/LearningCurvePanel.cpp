#include "LearningCurvePanel.h"

#include "EngineBridge.h"
#include "JobProgress.h"
#include "JobRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace tl::ui {
namespace {

const std::vector<double> kFractions = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

// One metric's points and their intervals as error bars.
void addSeries(QCustomPlot* plot, const QString& name, const QColor& colour, const LearningCurve& curve,
               const std::string& metric)
{
    QVector<double> x, y, below, above;
    for (const LearningCurvePoint& point : curve.points) {
        const std::optional<double> value = metricNamed(point.evaluation, metric);
        if (!value)
            continue;
        x << 100 * point.fraction;
        y << *value;
        const auto& intervals = point.evaluation.intervals;
        const bool has = intervals && intervals->metrics.count(metric);
        below << (has ? *value - intervals->metrics.at(metric).lower : 0);
        above << (has ? intervals->metrics.at(metric).upper - *value : 0);
    }
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(colour, 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    graph->setData(x, y);
    auto* bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
    bars->removeFromLegend();
    bars->setDataPlottable(graph);
    bars->setData(below, above);
    bars->setPen(QPen(colour));
}

} // namespace

LearningCurvePanel::LearningCurvePanel(QWidget* parent)
    : QWidget(parent), m_runner(new JobRunner(this)), m_progress(new JobProgress(m_runner, "learningCurve", this)),
      m_drawButton(new QPushButton(tr("&Draw Learning Curve"), this)), m_caption(new QLabel(this)),
      m_plot(new QCustomPlot(this))
{
    setObjectName("learningCurvePanel");
    m_drawButton->setObjectName("drawLearningCurveButton");
    m_drawButton->setToolTip(tr("Train the head on 10%, 20%, … 100% of the training images (from the feature cache, "
                                "groups kept whole) and measure each on the same held-out images"));
    m_caption->setObjectName("learningCurveCaption");
    m_caption->setWordWrap(true);
    m_caption->setText(tr("Would more images help? Draw the curve: if it still climbs at 100%, they would."));
    m_plot->setObjectName("learningCurvePlot");
    m_plot->setBackground(palette().color(QPalette::Base));
    m_plot->xAxis->setLabel(tr("Training images used (%)"));
    m_plot->yAxis->setLabel(tr("On the held-out images"));
    m_plot->xAxis->setRange(0, 105);
    m_plot->yAxis->setRange(0.4, 1.02);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    auto* top = new QHBoxLayout;
    top->addWidget(m_drawButton);
    top->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);
    connect(m_drawButton, &QPushButton::clicked, this, &LearningCurvePanel::drawRequested);
    connect(m_runner, &JobRunner::started, this, [this] { m_drawButton->setEnabled(false); });
    connect(m_runner, &JobRunner::stopped, this, [this] { m_drawButton->setEnabled(true); });
    connect(m_runner, &JobRunner::failed, this, [this](const QString& message) {
        m_caption->setText(tr("The learning curve could not be drawn: %1").arg(message));
    });
}

void LearningCurvePanel::draw(const Dataset& dataset, const TrainConfig& config)
{
    m_runner->start<LearningCurve>(
        [dataset, config](const Job& job) { return learningCurve(dataset, config, kFractions, job); },
        [this](const LearningCurve& curve) { showCurve(curve); });
}

void LearningCurvePanel::showCurve(const LearningCurve& curve)
{
    m_curve = curve;
    m_plot->clearPlottables();
    addSeries(m_plot, tr("Accuracy"), QColor(31, 119, 180), curve, "accuracy");
    addSeries(m_plot, tr("AUC"), QColor(214, 39, 40), curve, "auc");
    m_plot->replot();
    m_caption->setText(tr("Measured on the %1 split (%n image(s)); bars: 95% confidence intervals.", nullptr,
                          static_cast<int>(curve.heldOutImages))
                           .arg(splitDisplayName(curve.evaluatedOn).toLower()));
}

} // namespace tl::ui
