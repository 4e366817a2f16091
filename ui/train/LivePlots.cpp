#include "LivePlots.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSaveFile>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace tl::ui {
namespace {

enum GraphIndex { kTrainingGraph = 0, kValidationGraph = 1 };

void applyPalette(QCustomPlot* plot)
{
    const QPalette palette = plot->palette();
    plot->setBackground(palette.color(QPalette::Base));
    const QPen textPen(palette.color(QPalette::Text));
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(textPen);
        axis->setTickPen(textPen);
        axis->setSubTickPen(textPen);
        axis->setTickLabelColor(palette.color(QPalette::Text));
        axis->setLabelColor(palette.color(QPalette::Text));
        axis->grid()->setPen(QPen(palette.color(QPalette::Mid), 0, Qt::DotLine));
    }
    plot->legend->setBrush(palette.color(QPalette::Base));
    plot->legend->setTextColor(palette.color(QPalette::Text));
    plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
}

// A debiased exponential moving average, so that the first points are not pulled towards 0.
double smoothed(double& average, int count, double value)
{
    average = LivePlots::kSmoothing * average + (1 - LivePlots::kSmoothing) * value;
    return average / (1 - std::pow(LivePlots::kSmoothing, count));
}

} // namespace

LivePlots::LivePlots(QWidget* parent)
    : QWidget(parent), m_lossPlot(makePlot("lossPlot", tr("Loss"))),
      m_accuracyPlot(makePlot("accuracyPlot", tr("Accuracy")))
{
    // Accuracy rises and loss falls: keep each legend out of its curves' way.
    m_accuracyPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_accuracyPlot->yAxis->setRange(0, kAccuracyTop); // from the start, before any point
    for (QCustomPlot* plot : {m_lossPlot, m_accuracyPlot})
        plot->xAxis->setRange(0, 1);
    m_lossPlot->yAxis->setRange(0, 1);
    m_clippedLabel = new QCPItemText(m_lossPlot);
    m_clippedLabel->setObjectName("clippedLossLabel");
    m_clippedLabel->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_clippedLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_clippedLabel->position->setCoords(0.01, 0.01);
    m_clippedLabel->setColor(palette().color(QPalette::Text));
    m_clippedLabel->setVisible(false);
    setTrainingCurveName(tr("Training (smoothed, per batch)"));
    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(kReplotDelayMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &LivePlots::replotNow);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lossPlot);
    layout->addWidget(m_accuracyPlot);
}

QCustomPlot* LivePlots::makePlot(const QString& objectName, const QString& yLabel)
{
    auto* plot = new QCustomPlot(this);
    plot->setObjectName(objectName);
    plot->setMinimumSize(280, 200);
    plot->setToolTip(tr("Drag to pan, wheel to zoom; right-click to export or reset the view"));
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->xAxis->setLabel(tr("Epoch"));
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    QCPGraph* training = plot->addGraph();
    training->setPen(QPen(QColor(31, 119, 180), 1.5));
    QCPGraph* validation = plot->addGraph();
    validation->setName(tr("Validation (per epoch)"));
    validation->setPen(QPen(QColor(214, 39, 40), 2));
    validation->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    applyPalette(plot);

    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this,
            [this, plot](const QPoint& position) { showContextMenu(plot, position); });
    // Once the user looks closer, stop refitting the axes under the mouse.
    auto stopFollowing = [this, plot] { (plot == m_lossPlot ? m_followLoss : m_followAccuracy) = false; };
    connect(plot, &QCustomPlot::mouseWheel, this, stopFollowing);
    connect(plot, &QCustomPlot::mousePress, this, stopFollowing);
    return plot;
}

void LivePlots::clear()
{
    for (QCustomPlot* plot : {m_lossPlot, m_accuracyPlot})
        for (int graph = 0; graph < plot->graphCount(); ++graph)
            plot->graph(graph)->data()->clear();
    m_smoothedLoss = m_smoothedAccuracy = 0;
    m_smoothedCount = 0;
    m_followLoss = m_followAccuracy = true;
    setTrainingCurveName(tr("Training (smoothed, per batch)"));
    scheduleReplot();
}

void LivePlots::addBatch(const BatchReport& report)
{
    const double x = report.epoch + (report.batch + 1.0) / std::max(1, report.batchesPerEpoch);
    ++m_smoothedCount;
    m_lossPlot->graph(kTrainingGraph)->addData(x, smoothed(m_smoothedLoss, m_smoothedCount, report.loss));
    m_accuracyPlot->graph(kTrainingGraph)->addData(x, smoothed(m_smoothedAccuracy, m_smoothedCount, report.accuracy));
    scheduleReplot();
}

void LivePlots::addEpoch(const EpochReport& report)
{
    if (!std::isnan(report.validationLoss)) {
        m_lossPlot->graph(kValidationGraph)->addData(report.epoch + 1.0, report.validationLoss);
        m_accuracyPlot->graph(kValidationGraph)->addData(report.epoch + 1.0, report.validationAccuracy);
    }
    scheduleReplot();
}

void LivePlots::setTrainingCurveName(const QString& name)
{
    m_lossPlot->graph(kTrainingGraph)->setName(name);
    m_accuracyPlot->graph(kTrainingGraph)->setName(name);
}

void LivePlots::showHistory(const std::vector<EpochReport>& history)
{
    clear();
    setTrainingCurveName(tr("Training (per epoch)"));
    for (const EpochReport& epoch : history) {
        m_lossPlot->graph(kTrainingGraph)->addData(epoch.epoch + 1.0, epoch.trainLoss);
        m_accuracyPlot->graph(kTrainingGraph)->addData(epoch.epoch + 1.0, epoch.trainAccuracy);
        addEpoch(epoch);
    }
}

void LivePlots::showRun(const std::vector<BatchReport>& batches, const std::vector<EpochReport>& epochs)
{
    clear();
    for (const BatchReport& batch : batches)
        addBatch(batch);
    for (const EpochReport& epoch : epochs)
        addEpoch(epoch);
}

int LivePlots::trainingPointCount() const
{
    return m_lossPlot->graph(kTrainingGraph)->dataCount();
}

int LivePlots::validationPointCount() const
{
    return m_lossPlot->graph(kValidationGraph)->dataCount();
}

void LivePlots::scheduleReplot()
{
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

void LivePlots::replotNow()
{
    if (m_followLoss)
        fitLossAxis();
    if (m_followAccuracy) {
        m_accuracyPlot->rescaleAxes();
        m_accuracyPlot->yAxis->setRange(0, kAccuracyTop);
    }
    m_lossPlot->replot();
    m_accuracyPlot->replot();
    ++m_replots;
}

// The first batches of a run can lose hundreds of times more than the later ones: fitted to them,
// every later point is a flat line at the bottom. When the highest point is over three times the
// recent ones (the second half of the training curve, and every validation point), the axis
// follows the recent ones and a note says what is cut off. On a logarithmic axis, all fit.
void LivePlots::fitLossAxis()
{
    m_lossPlot->rescaleAxes();
    m_clippedLabel->setVisible(false);
    const QCPGraphDataContainer& training = *m_lossPlot->graph(kTrainingGraph)->data();
    if (m_logarithmicLoss || training.isEmpty())
        return;
    double recent = 0, highest = 0;
    for (int i = 0; i < training.size(); ++i) {
        const double value = training.at(i)->value;
        if (!std::isfinite(value))
            continue;
        highest = std::max(highest, value);
        if (2 * i >= training.size())
            recent = std::max(recent, value);
    }
    for (const QCPGraphData& point : *m_lossPlot->graph(kValidationGraph)->data())
        if (std::isfinite(point.value)) {
            recent = std::max(recent, point.value);
            highest = std::max(highest, point.value);
        }
    if (highest <= 3 * recent || !(recent > 0)) {
        m_lossPlot->yAxis->setRange(0, highest > 0 ? highest * 1.05 : 1);
        return;
    }
    m_lossPlot->yAxis->setRange(0, recent * 1.1);
    m_clippedLabel->setText(tr("↑ up to %1 (right-click: logarithmic axis)").arg(highest, 0, 'g', 4));
    m_clippedLabel->setVisible(true);
}

void LivePlots::setLogarithmicLoss(bool logarithmic)
{
    m_logarithmicLoss = logarithmic;
    QCPAxis* axis = m_lossPlot->yAxis;
    axis->setScaleType(logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    axis->setTicker(logarithmic ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    resetView(m_lossPlot);
}

void LivePlots::resetView(QCustomPlot* plot)
{
    (plot == m_lossPlot ? m_followLoss : m_followAccuracy) = true;
    replotNow();
}

void LivePlots::showContextMenu(QCustomPlot* plot, const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this, plot] { exportWithDialog(plot, "png"); });
    menu.addAction(tr("Export as PDF…"), this, [this, plot] { exportWithDialog(plot, "pdf"); });
    menu.addSeparator();
    menu.addAction(tr("Reset view"), this, [this, plot] { resetView(plot); });
    if (plot == m_lossPlot) {
        QAction* logarithmic = menu.addAction(tr("Logarithmic axis"), this, &LivePlots::setLogarithmicLoss);
        logarithmic->setCheckable(true);
        logarithmic->setChecked(m_logarithmicLoss);
    }
    menu.exec(plot->mapToGlobal(position));
}

void LivePlots::exportWithDialog(QCustomPlot* plot, const QString& format)
{
    const QString filter = format == "png" ? tr("PNG images (*.png)") : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"), plot->objectName() + "." + format, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += "." + format;
    if (!exportPlot(plot, path))
        QMessageBox::warning(this, tr("Export Plot"), tr("The plot could not be written to %1.").arg(path));
}

bool LivePlots::exportPlot(QCustomPlot* plot, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (QFileInfo(path).suffix().compare("pdf", Qt::CaseInsensitive) == 0) {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("TransferLab"));
        writer.setPageSize(QPageSize(plot->size(), QPageSize::Point));
        writer.setPageMargins({});
        writer.setResolution(72); // one plot pixel per PDF point: the page matches the plot's size
        QCPPainter painter(&writer);
        plot->toPainter(&painter, plot->width(), plot->height());
    } else if (!plot->toPixmap(plot->width(), plot->height(), 2.0).save(&file, "PNG")) {
        file.cancelWriting();
    }
    return file.commit();
}

} // namespace tl::ui
