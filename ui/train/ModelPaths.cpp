#include "ModelPaths.h"

#include "EngineBridge.h"
#include "Paths.h"
#include "Training.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

namespace tl::ui {
namespace {

const char* const kInterruptedRunKey = "training/interruptedRun";

bool taken(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo::exists(checkpointPath(path));
}

} // namespace

QString checkpointPath(const QString& modelPath)
{
    return toQString(checkpointPathFor(toStdString(modelPath)));
}

QString modelsFolder()
{
    return toQString(defaultModelsDir());
}

QString newModelPath(const QString& datasetName)
{
    const QString stem =
        modelsFolder() + '/' + datasetName + ' ' + QDateTime::currentDateTime().toString("yyyy-MM-dd HH-mm-ss");
    QString path = stem + ".tlmodel";
    for (int copy = 2; taken(path); ++copy)
        path = stem + QString(" (%1).tlmodel").arg(copy);
    return path;
}

QString interruptedRunPath()
{
    return QSettings().value(kInterruptedRunKey).toString();
}

void setInterruptedRunPath(const QString& path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(kInterruptedRunKey);
    else
        settings.setValue(kInterruptedRunKey, path);
}

} // namespace tl::ui
