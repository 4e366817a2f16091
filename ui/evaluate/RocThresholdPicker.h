#pragma once
// The ROC curve of a two-class evaluation with a threshold picker: click or drag along the curve
// (or move the slider) to see the sensitivity, specificity, PPV and NPV at that threshold, and
// save it into the model.
#include "Metrics.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPointF;
class QPushButton;
class QSlider;

namespace tl::ui {

class RocThresholdPicker : public QWidget {
    Q_OBJECT
public:
    explicit RocThresholdPicker(QWidget* parent = nullptr);

    // An empty evaluation clears the curve; one of more than two classes has no picker.
    void setEvaluation(const Evaluation& evaluation);
    // Whether the current model can take a new threshold (a TorchScript export cannot).
    void setThresholdSavable(bool savable);
    double pickedThreshold() const;
    void setPickedThreshold(double threshold);

signals:
    // The user asked to save the picked threshold into the current model.
    void thresholdChosen(double threshold);

private:
    void pickThresholdAt(const QPointF& pixel); // the ROC point nearest a mouse position
    void showOperatingPoint();

    Evaluation m_evaluation;
    bool m_savable = false;
    QCustomPlot* m_roc;
    QSlider* m_slider;
    QPushButton* m_useButton;
    QLabel* m_operatingPoint;
};

} // namespace tl::ui
