#pragma once
// The notice above the views about the backbone weights, with the ways forward right there:
// - Missing: training's weights are not there yet: Download (58.9 MB) and Locate File….
// - DownloadFailed: the same after a download failed (offline?), saying why, with Use Demo Weights.
// - Demo: training's weights or the open model are demo weights: the results are not meaningful,
//   until the real weights are downloaded or located.
#include "Backbones.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace tl::ui {

class WeightsNotice : public QFrame {
    Q_OBJECT
public:
    enum class State { Hidden, Missing, DownloadFailed, Demo };

    explicit WeightsNotice(QWidget* parent = nullptr);

    // detail: why the download failed (DownloadFailed only).
    // The backbone whose weights the texts and the download speak of.
    void setState(State state, BackboneId backbone, const QString& detail = {});
    State state() const { return m_state; }

signals:
    void downloadRequested();
    void locateRequested();
    void demoRequested();

private:
    State m_state = State::Hidden;
    QLabel* m_text;
    QPushButton* m_demo;
    QPushButton* m_download;
};

} // namespace tl::ui
