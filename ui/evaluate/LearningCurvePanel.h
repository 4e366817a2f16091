#pragma once
// The Evaluate view's learning curve (LearningCurve.h): accuracy and AUC, with their 95% intervals
// as error bars, against the share of the training images the head learnt from. A curve still
// climbing at 100% says more images would help.
#include "Dataset.h"
#include "LearningCurve.h"
#include "TrainConfig.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QLabel;
class QPushButton;

namespace tl::ui {

class JobProgress;
class JobRunner;

class LearningCurvePanel : public QWidget {
    Q_OBJECT
public:
    explicit LearningCurvePanel(QWidget* parent = nullptr);

    // Draws the curve of this dataset, split and trained as this configuration says.
    void draw(const Dataset& dataset, const TrainConfig& config);
    JobRunner* runner() const { return m_runner; }
    const std::optional<LearningCurve>& curve() const { return m_curve; }

signals:
    void drawRequested(); // the Draw button: the window answers with draw()

private:
    void showCurve(const LearningCurve& curve);

    JobRunner* m_runner;
    JobProgress* m_progress;
    QPushButton* m_drawButton;
    QLabel* m_caption;
    QCustomPlot* m_plot;
    std::optional<LearningCurve> m_curve;
};

} // namespace tl::ui
