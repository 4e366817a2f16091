#include "WeightsGuide.h"

#include "EngineBridge.h"
#include "MissingWeightsNotice.h"
#include "TrainingForm.h"
#include "TrainingPanel.h"
#include "WeightsDialog.h"

#include <memory>

namespace tl::ui {

WeightsGuide::WeightsGuide(QWidget* window, TrainingPanel* training)
    : QObject(window), m_window(window), m_training(training), m_notice(new MissingWeightsNotice(window))
{
    connect(m_training, &TrainingPanel::weightsNeeded, this, [this] { openManager(Step::Show, true); });
    connect(m_notice, &MissingWeightsNotice::downloadRequested, this, [this] { openManager(Step::Download); });
    connect(m_notice, &MissingWeightsNotice::locateRequested, this, [this] { openManager(Step::Locate); });
    connect(m_training->form(), &TrainingForm::optionChanged, this, [this](const QString& key) {
        if (key == "weights")
            refreshNotice();
    });
    refreshNotice();
}

void WeightsGuide::refreshNotice()
{
    // The weights the Train form names, or the default ones when it names none.
    m_notice->refresh(toQString(m_training->form()->config().weightsPath));
}

void WeightsGuide::openManager(Step step, bool trainWhenReady)
{
    auto* dialog = new WeightsDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto ready = std::make_shared<bool>(false);
    connect(dialog, &WeightsDialog::weightsReady, this, [this, ready](const QString& path) {
        *ready = true;
        m_training->form()->setWeightsPath(path);
        emit statusMessage(tr("Weights ready: %1").arg(path));
    });
    if (trainWhenReady)
        connect(dialog, &QDialog::finished, this, [this, ready] {
            if (*ready)
                m_training->startTraining();
        });
    dialog->open();
    if (step == Step::Download)
        dialog->download();
    else if (step == Step::Locate)
        dialog->locate();
}

} // namespace tl::ui
