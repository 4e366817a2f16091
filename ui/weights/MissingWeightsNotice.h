#pragma once
// The first run's guide: while the backbone weights that training will use are missing, a notice
// above the views says so, with the two ways forward right there: Download (58.9 MB) and
// Locate File….
#include <QFrame>

namespace tl::ui {

class MissingWeightsNotice : public QFrame {
    Q_OBJECT
public:
    explicit MissingWeightsNotice(QWidget* parent = nullptr);

    // Shown while weightsPath (empty: the default weights) is not a file.
    void refresh(const QString& weightsPath);

signals:
    void downloadRequested();
    void locateRequested();
};

} // namespace tl::ui
