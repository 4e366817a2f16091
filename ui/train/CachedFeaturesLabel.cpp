#include "CachedFeaturesLabel.h"

#include "AsyncTask.h"
#include "FeatureCache.h"

#include <QLocale>

namespace tl::ui {

CachedFeaturesLabel::CachedFeaturesLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName("cachedFeaturesLabel");
    setWordWrap(true);
    hide();
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &CachedFeaturesLabel::count);
}

void CachedFeaturesLabel::refresh(const std::optional<Dataset>& dataset, const TrainConfig& config)
{
    m_dataset = dataset;
    m_config = config;
    ++m_generation;
    if (!dataset) {
        m_delay.stop();
        hide();
        return;
    }
    m_delay.start();
}

void CachedFeaturesLabel::count()
{
    const int generation = m_generation;
    runAsync(
        this, [dataset = *m_dataset, config = m_config] { return featureCacheStatus(dataset, config, 1, false); },
        [this, generation](const CacheStatus& status) {
            if (generation != m_generation)
                return;
            const QLocale locale;
            setText(tr("%1 of %2 features already cached")
                        .arg(locale.toString(static_cast<qulonglong>(status.cached)),
                             locale.toString(static_cast<qulonglong>(status.total))));
            setToolTip(tr("A training with these settings computes only the features that are not in %1")
                           .arg(toQString(status.folder)));
            show();
        },
        [this, generation](const QString&) {
            if (generation == m_generation)
                hide(); // no weights yet, say: the training itself reports that
        });
}

} // namespace tl::ui
