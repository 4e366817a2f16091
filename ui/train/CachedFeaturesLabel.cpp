#include "CachedFeaturesLabel.h"

#include "FeatureCache.h"
#include "JobRunner.h"

#include <QLocale>

namespace tl::ui {

CachedFeaturesLabel::CachedFeaturesLabel(QWidget* parent) : QLabel(parent), m_runner(new JobRunner(this))
{
    setObjectName("cachedFeaturesLabel");
    setWordWrap(true);
    hide();
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &CachedFeaturesLabel::count);
    connect(m_runner, &JobRunner::failed, this, [this] {
        if (m_counting == m_generation)
            hide(); // no weights yet, say: the training itself reports that
    });
    connect(m_runner, &JobRunner::stopped, this, [this] {
        if (m_counting != m_generation && m_dataset)
            count(); // the settings changed while it counted
    });
}

void CachedFeaturesLabel::refresh(const std::optional<Dataset>& dataset, const TrainConfig& config)
{
    m_dataset = dataset;
    m_config = config;
    ++m_generation;
    m_runner->cancel(); // an older count answers nothing any more
    if (!dataset) {
        m_delay.stop();
        hide();
        return;
    }
    m_delay.start();
}

void CachedFeaturesLabel::count()
{
    if (m_runner->isRunning())
        return; // counts again when it stops
    m_counting = m_generation;
    m_runner->start<CacheStatus>(
        [dataset = *m_dataset, config = m_config](const Job& job) {
            return featureCacheStatus(dataset, config, 1, false, job);
        },
        [this](const CacheStatus& status) {
            if (m_counting != m_generation)
                return;
            const QLocale locale;
            setText(tr("%1 of %2 features already cached")
                        .arg(locale.toString(static_cast<qulonglong>(status.cached)),
                             locale.toString(static_cast<qulonglong>(status.total))));
            setToolTip(tr("A training with these settings computes only the features that are not in %1")
                           .arg(toQString(status.folder)));
            show();
        });
}

} // namespace tl::ui
