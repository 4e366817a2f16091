#include "LazyPixmaps.h"

#include <QPointer>
#include <QtConcurrent>

namespace tl::ui {

LazyPixmaps::LazyPixmaps(int threads, int capacity, QObject* parent) : QObject(parent), m_cache(capacity)
{
    m_pool.setMaxThreadCount(threads);
}

LazyPixmaps::~LazyPixmaps()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void LazyPixmaps::setMaker(Maker make)
{
    dropQueued();
    m_make = std::move(make);
    ++m_generation;
    m_cache.clear();
    m_pending.clear();
}

const QPixmap* LazyPixmaps::find(const QString& key)
{
    if (const QPixmap* pixmap = m_cache.object(key))
        return pixmap;
    if (m_make && !m_pending.contains(key)) {
        m_pending.insert(key);
        QPointer<LazyPixmaps> self(this);
        QtConcurrent::run(&m_pool, [make = m_make, key] {
            return make(key);
        }).then(this, [self, key, generation = m_generation](const QImage& image) {
            if (self)
                self->store(key, image, generation);
        });
    }
    return nullptr;
}

void LazyPixmaps::dropQueued()
{
    m_pool.clear();
    m_pending.clear();
}

void LazyPixmaps::store(const QString& key, const QImage& image, int generation)
{
    if (generation != m_generation)
        return;
    m_pending.remove(key);
    // The QPixmap is made here, on the GUI thread, as Qt requires.
    m_cache.insert(key, new QPixmap(QPixmap::fromImage(image)));
    emit ready(key);
}

} // namespace tl::ui
