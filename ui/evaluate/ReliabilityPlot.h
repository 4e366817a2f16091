#pragma once
// The reliability diagram: how often the predicted class is right (one bar per non-empty
// confidence bin) against how confident the model was, with the diagonal of perfect calibration.
#include "Metrics.h"

#include <qcustomplot.h>

namespace tl::ui {

class ReliabilityPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ReliabilityPlot(QWidget* parent = nullptr);
    void setEvaluation(const Evaluation& evaluation); // an empty one clears the bars
};

} // namespace tl::ui
