#include "Session.h"

namespace tl::ui {

Session::Session(const QString& runHistoryPath, QObject* parent)
    : QObject(parent), m_runs(new RunRecords(runHistoryPath, this))
{}

void Session::setRunState(RunState state)
{
    if (state == m_runState)
        return;
    const bool wasTraining = isTraining();
    m_runState = state;
    emit runStateChanged(state);
    if (wasTraining != isTraining())
        emit trainingChanged(isTraining());
}

} // namespace tl::ui
