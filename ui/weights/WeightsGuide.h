#pragma once
// Gets the user the backbone weights that training needs: a notice above the views while they are
// missing (with demo weights offered once a download has failed), the weights manager (File >
// ImageNet Weights…, or the notice's Download and Locate), and Train pressed without them, which
// opens the manager and starts the run once they are in place. While demo weights are in use, by
// training or by the open model, the notice says that results are not meaningful.
#include <QObject>

class QWidget;

namespace tl::ui {

class WeightsNotice;
class TrainingPanel;

class WeightsGuide : public QObject {
    Q_OBJECT
public:
    // window parents the notice and the manager; training's form names the weights.
    WeightsGuide(QWidget* window, TrainingPanel* training);

    WeightsNotice* notice() const { return m_notice; }

    // The model the views show was trained on demo weights (ModelInfo::demoWeights).
    void setModelUsesDemoWeights(bool demo);

    // Download or Locate start at once when asked for. With trainWhenReady, the run starts when
    // the manager closes with weights in place.
    enum class Step { Show, Download, Locate };
    void openManager(Step step = Step::Show, bool trainWhenReady = false);

signals:
    void statusMessage(const QString& message);

private:
    void refreshNotice();
    void useDemoWeights();

    QWidget* m_window;
    TrainingPanel* m_training;
    WeightsNotice* m_notice;
    bool m_modelUsesDemoWeights = false;
    QString m_downloadFailure; // why the last download failed; empty once weights are in place
};

} // namespace tl::ui
