#include "DataFolder.h"

#include "RunHistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tl::ui {
namespace {

// The settings that hold paths into the data folder.
const char* const kPathSettings[] = {"training/modelPath", "training/interruptedRun"};

QString freeName(const QDir& folder, const QString& name)
{
    if (!folder.exists(name))
        return name;
    const QFileInfo info(name);
    const QString stem = info.completeBaseName() + " (from the former data folder)";
    return info.suffix().isEmpty() ? stem : stem + '.' + info.suffix();
}

QString rebased(const QString& path, const QString& former, const QString& current)
{
    return path.startsWith(former + '/') ? current + path.mid(former.size()) : path;
}

} // namespace

bool moveFormerDataFolder(const QString& former, const QString& current)
{
    const QDir from(former);
    if (former == current || !from.exists())
        return true;
    QDir to(current);
    to.mkpath(".");
    bool moved = true;
    for (const QString& name : from.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (name == "models" && to.exists("models")) { // merge the models folder file by file
            moved = moveFormerDataFolder(from.filePath(name), to.filePath(name)) && moved;
            continue;
        }
        moved = QDir().rename(from.filePath(name), to.filePath(freeName(to, name))) && moved;
    }
    const QString history = to.filePath("run-history.json");
    if (QFileInfo::exists(history)) {
        std::vector<RunRecord> runs = loadRunHistory(history);
        for (RunRecord& run : runs)
            run.modelPath = rebased(run.modelPath, former, current);
        saveRunHistory(history, runs);
    }
    QSettings settings;
    for (const char* key : kPathSettings)
        if (settings.contains(key))
            settings.setValue(key, rebased(settings.value(key).toString(), former, current));
    QDir().rmdir(former);
    QDir().rmdir(QFileInfo(former).path()); // the organisation's folder, when nothing else is in it
    return moved;
}

} // namespace tl::ui
