#include "WeightsGuide.h"

#include "AsyncTask.h"
#include "DemoWeights.h"
#include "EngineBridge.h"
#include "Paths.h"
#include "WeightsDialog.h"
#include "WeightsNotice.h"

#include <QFileInfo>

#include <memory>

namespace tl::ui {

WeightsGuide::WeightsGuide(QWidget* window) : QObject(window), m_window(window), m_notice(new WeightsNotice(window))
{
    connect(m_notice, &WeightsNotice::downloadRequested, this, [this] { openManager(Step::Download); });
    connect(m_notice, &WeightsNotice::locateRequested, this, [this] { openManager(Step::Locate); });
    connect(m_notice, &WeightsNotice::demoRequested, this, &WeightsGuide::useDemoWeights);
    refreshNotice();
}

void WeightsGuide::setTrainingWeights(const QString& path, BackboneId backbone)
{
    m_trainingWeights = path;
    m_backbone = backbone;
    refreshNotice();
}

void WeightsGuide::setModelUsesDemoWeights(bool demo)
{
    m_modelUsesDemoWeights = demo;
    refreshNotice();
}

void WeightsGuide::refreshNotice()
{
    const QString& weights = m_trainingWeights;
    const bool present = QFileInfo(weights).isFile();
    if (m_modelUsesDemoWeights || (present && isDemoWeights(toStdString(weights))))
        m_notice->setState(WeightsNotice::State::Demo, m_backbone);
    else if (present)
        m_notice->setState(WeightsNotice::State::Hidden, m_backbone);
    else if (m_downloadFailure.isEmpty())
        m_notice->setState(WeightsNotice::State::Missing, m_backbone);
    else
        m_notice->setState(WeightsNotice::State::DownloadFailed, m_backbone, m_downloadFailure);
}

void WeightsGuide::useDemoWeights()
{
    const std::string path = demoWeightsPath(m_backbone);
    runAsync(
        this,
        [path, backbone = m_backbone] {
            writeDemoWeights(path, backbone);
            return toQString(path);
        },
        [this](const QString& written) {
            emit weightsChosen(written);
            emit statusMessage(tr("Demo weights in use: %1. Results are not meaningful.").arg(written));
        },
        [this](const QString& message) { emit statusMessage(tr("Cannot write the demo weights: %1").arg(message)); });
}

void WeightsGuide::openManager(Step step, bool trainWhenReady)
{
    auto* dialog = new WeightsDialog(m_window, m_backbone);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto ready = std::make_shared<bool>(false);
    connect(dialog, &WeightsDialog::weightsReady, this, [this, ready](const QString& path) {
        *ready = true;
        m_downloadFailure.clear();
        emit weightsChosen(path);
        emit statusMessage(tr("Weights ready: %1").arg(path));
    });
    connect(dialog, &WeightsDialog::downloadFailed, this, [this](const QString& message) {
        m_downloadFailure = message;
        refreshNotice();
    });
    if (trainWhenReady)
        connect(dialog, &QDialog::finished, this, [this, ready] {
            if (*ready)
                emit trainingRequested();
        });
    dialog->open();
    if (step == Step::Download)
        dialog->download();
    else if (step == Step::Locate)
        dialog->locate();
}

} // namespace tl::ui
