#include "DroppedFiles.h"

#include "EngineBridge.h"
#include "Dataset.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace tl::ui {

QString localDirectory(const QMimeData* mime)
{
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            return url.toLocalFile();
    return {};
}

QString localImageFile(const QMimeData* mime)
{
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile() &&
            hasImageExtension(toStdString(url.toLocalFile())))
            return url.toLocalFile();
    return {};
}

} // namespace tl::ui
