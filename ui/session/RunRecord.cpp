#include "RunRecord.h"

#include <QFileInfo>

namespace tl::ui {

bool RunRecord::modelFileUnchanged() const
{
    return QFileInfo(modelPath).lastModified() == modelWrittenAt;
}

} // namespace tl::ui
