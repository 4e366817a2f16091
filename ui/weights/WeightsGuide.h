#pragma once
// Gets the user the backbone weights that training needs: a notice above the views while they are
// missing, the weights manager (File > ImageNet Weights…, or the notice's Download and Locate),
// and Train pressed without them, which opens the manager and starts the run once they are in
// place.
#include <QObject>

class QWidget;

namespace tl::ui {

class MissingWeightsNotice;
class TrainingPanel;

class WeightsGuide : public QObject {
    Q_OBJECT
public:
    // window parents the notice and the manager; training's form names the weights.
    WeightsGuide(QWidget* window, TrainingPanel* training);

    MissingWeightsNotice* notice() const { return m_notice; }

    // Download or Locate start at once when asked for. With trainWhenReady, the run starts when
    // the manager closes with weights in place.
    enum class Step { Show, Download, Locate };
    void openManager(Step step = Step::Show, bool trainWhenReady = false);

signals:
    void statusMessage(const QString& message);

private:
    void refreshNotice();

    QWidget* m_window;
    TrainingPanel* m_training;
    MissingWeightsNotice* m_notice;
};

} // namespace tl::ui
