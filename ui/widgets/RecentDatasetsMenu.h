#pragma once
// File > Recent Datasets: the last eight dataset folders opened, newest first, kept in QSettings.
#include <QMenu>

namespace tl::ui {

class RecentDatasetsMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentDatasetsMenu(const QString& title, QWidget* parent = nullptr);
    void remember(const QString& path);

signals:
    void chosen(const QString& path);

private:
    void rebuild();
};

} // namespace tl::ui
