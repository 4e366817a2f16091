#include "RecentDatasetsMenu.h"

#include <QFileInfo>
#include <QSettings>

namespace tl::ui {
namespace {

const char* const kRecentKey = "recentDatasets";
constexpr int kMaxRecent = 8;

} // namespace

RecentDatasetsMenu::RecentDatasetsMenu(const QString& title, QWidget* parent) : QMenu(title, parent)
{
    setObjectName("recentDatasetsMenu");
    rebuild();
}

void RecentDatasetsMenu::remember(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    rebuild();
}

void RecentDatasetsMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        addAction(path, this, [this, path] { emit chosen(path); });
    setEnabled(!recent.isEmpty());
}

} // namespace tl::ui
