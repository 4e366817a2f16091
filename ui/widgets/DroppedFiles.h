#pragma once
// What a drag or a paste brings that TransferLab can use: a local folder (a dataset) or a local
// image file (to classify).
#include <QString>

class QMimeData;

namespace tl::ui {

// The first local folder among the URLs; empty if none.
QString localDirectory(const QMimeData* mime);
// The first local file that is an image (by extension, as the dataset scan decides); empty if none.
QString localImageFile(const QMimeData* mime);

} // namespace tl::ui
