#pragma once
// Pixmaps made off the GUI thread, only when a view asks for them, and kept in a bounded cache:
// thousands of rows scroll without making them all. The dataset grid's thumbnails and the batch
// table's Grad-CAM column are made this way.
#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace tl::ui {

class LazyPixmaps : public QObject {
    Q_OBJECT
public:
    // Makes the image for a key (a path) on the pool; a null image when it cannot.
    using Maker = std::function<QImage(const QString& key)>;

    LazyPixmaps(int threads, int capacity, QObject* parent = nullptr);
    ~LazyPixmaps() override;

    // What makes the images from now on: the pixmaps of the previous maker are forgotten, and
    // any still being made are dropped when they come.
    void setMaker(Maker make);
    // The pixmap for key (null when it could not be made), or nullptr after asking for it.
    const QPixmap* find(const QString& key);
    // Forgets the requests not yet started: the rows they were for are gone.
    void dropQueued();

signals:
    void ready(const QString& key);

private:
    void store(const QString& key, const QImage& image, int generation);

    Maker m_make;
    int m_generation = 0; // of the maker, so that a late image of the previous one is dropped
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QThreadPool m_pool;
};

} // namespace tl::ui
