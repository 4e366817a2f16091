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

QStringList localImageFiles(const QMimeData* mime)
{
    QStringList files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile() &&
            hasImageExtension(toStdString(url.toLocalFile())))
            files << url.toLocalFile();
    return files;
}

QString localImageFile(const QMimeData* mime)
{
    return localImageFiles(mime).value(0);
}

} // namespace tl::ui
