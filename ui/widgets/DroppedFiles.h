#pragma once
// What a drag or a paste brings that TransferLab can use: a local folder (a dataset) or a local
// image file (to classify).
#include <QString>
#include <QStringList>

class QMimeData;

namespace tl::ui {

// The first local folder among the URLs; empty if none.
QString localDirectory(const QMimeData* mime);
// The first local file that is an image (by extension, as the dataset scan decides); empty if none.
QString localImageFile(const QMimeData* mime);
// Every local file that is an image, in the drop's order.
QStringList localImageFiles(const QMimeData* mime);

} // namespace tl::ui
