#pragma once
// An icon grid of image thumbnails; a double-click opens the image in a large preview.
#include <QListView>

namespace tl::ui {

class ThumbnailView : public QListView {
    Q_OBJECT
public:
    explicit ThumbnailView(QWidget* parent = nullptr);

private:
    void showPreview(const QModelIndex& index);
};

} // namespace tl::ui
