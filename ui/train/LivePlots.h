#pragma once
// Loss and accuracy curves that grow while a model trains: the training curve per batch
// (exponentially smoothed) and the validation curve per epoch. Points arrive far faster than a
// screen refreshes, so redraws are coalesced by a short single-shot timer. The loss axis stays
// readable when the first batches lose far more than the rest (see fitLossAxis), and can be
// logarithmic; the accuracy axis is 0-1.
#include "TrainingTypes.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QCPItemText;
class QCustomPlot;

namespace tl::ui {

class LivePlots : public QWidget {
    Q_OBJECT
public:
    explicit LivePlots(QWidget* parent = nullptr);

    void clear();
    void addBatch(const BatchReport& report);
    void addEpoch(const EpochReport& report);
    // Shows a finished run's epoch curves (an opened model has no per-batch history).
    void showHistory(const std::vector<EpochReport>& history);
    // Shows a run of this session again, per batch as it was drawn live.
    void showRun(const std::vector<BatchReport>& batches, const std::vector<EpochReport>& epochs);

    int trainingPointCount() const;
    int validationPointCount() const;
    int replotCount() const { return m_replots; }
    QCustomPlot* lossPlot() const { return m_lossPlot; }
    QCustomPlot* accuracyPlot() const { return m_accuracyPlot; }
    // Shown when the loss axis leaves the highest points out.
    const QCPItemText* clippedLossLabel() const { return m_clippedLabel; }
    void setLogarithmicLoss(bool logarithmic);

    // PNG or PDF, from the file's suffix. Written atomically; false (and nothing written) on failure.
    static bool exportPlot(QCustomPlot* plot, const QString& path);

    static constexpr int kReplotDelayMs = 40;
    static constexpr double kSmoothing = 0.9; // weight of the past in the smoothed training curve
    static constexpr double kAccuracyTop = 1.02;

private:
    QCustomPlot* makePlot(const QString& objectName, const QString& yLabel);
    void showContextMenu(QCustomPlot* plot, const QPoint& position);
    void exportWithDialog(QCustomPlot* plot, const QString& format);
    void setTrainingCurveName(const QString& name);
    void scheduleReplot();
    void replotNow();
    void resetView(QCustomPlot* plot);
    void fitLossAxis();

    QCustomPlot* m_lossPlot;
    QCustomPlot* m_accuracyPlot;
    QTimer m_replotTimer;
    int m_replots = 0;
    double m_smoothedLoss = 0, m_smoothedAccuracy = 0;
    int m_smoothedCount = 0;
    // Until the user zooms or drags a plot, each redraw fits the axes to the data.
    bool m_followLoss = true, m_followAccuracy = true;
    bool m_logarithmicLoss = false;
    QCPItemText* m_clippedLabel = nullptr;
};

} // namespace tl::ui
