#pragma once
// Gets the user the backbone weights that training needs: a notice above the views while they are
// missing (with demo weights offered once a download has failed), the weights manager (File >
// ImageNet Weights…, or the notice's Download and Locate), and Train pressed without them, which
// opens the manager and starts the run once they are in place. While demo weights are in use, by
// training or by the open model, the notice says that results are not meaningful.
//
// It knows no view: the window tells it which weights the Train view names (setTrainingWeights)
// and carries its answers there (weightsChosen, trainingRequested).
#include "Backbones.h"

#include <QObject>

class QWidget;

namespace tl::ui {

class WeightsNotice;

class WeightsGuide : public QObject {
    Q_OBJECT
public:
    // window parents the notice and the manager.
    explicit WeightsGuide(QWidget* window);

    WeightsNotice* notice() const { return m_notice; }

    // The model the views show was trained on demo weights (ModelInfo::demoWeights).
    void setModelUsesDemoWeights(bool demo);

    // Download or Locate start at once when asked for. With trainWhenReady, trainingRequested()
    // follows when the manager closes with weights in place.
    enum class Step { Show, Download, Locate };
    void openManager(Step step = Step::Show, bool trainWhenReady = false);

public slots:
    // The backbone and weights file the training would use now.
    void setTrainingWeights(const QString& path, tl::BackboneId backbone);
    // Train was pressed without weights: the manager, then the run once they are in place.
    void openManagerToTrain() { openManager(Step::Show, true); }

signals:
    void statusMessage(const QString& message);
    // Weights are in place at path (downloaded, located or the demo weights): train with them.
    void weightsChosen(const QString& path);
    void trainingRequested();

private:
    void refreshNotice();
    void useDemoWeights();

    QWidget* m_window;
    WeightsNotice* m_notice;
    QString m_trainingWeights;
    BackboneId m_backbone = BackboneId::Vgg16;
    bool m_modelUsesDemoWeights = false;
    QString m_downloadFailure; // why the last download failed; empty once weights are in place
};

} // namespace tl::ui
