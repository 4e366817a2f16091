#include "ThumbnailView.h"

#include "ImagePreviewDialog.h"
#include "ThumbnailModel.h"

namespace tl::ui {

ThumbnailView::ThumbnailView(QWidget* parent) : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setIconSize({ThumbnailModel::kThumbnailSize, ThumbnailModel::kThumbnailSize});
    setGridSize({ThumbnailModel::kThumbnailSize + 24, ThumbnailModel::kThumbnailSize + 28});
    setUniformItemSizes(true); // lets the view lay out thousands of items without asking each one
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setTextElideMode(Qt::ElideMiddle);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListView::activated, this, &ThumbnailView::showPreview);
}

void ThumbnailView::showPreview(const QModelIndex& index)
{
    auto* dialog = new ImagePreviewDialog(index.data(ThumbnailModel::PathRole).toString(),
                                          index.data(Qt::ToolTipRole).toString().section('\n', 1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace tl::ui
