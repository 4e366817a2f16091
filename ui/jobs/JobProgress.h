#pragma once
// How the window shows a long job, the same way in every view: a bar with the phase, done of total
// and the time left, and a Cancel button, following one JobRunner from its start to its end.
#include <QWidget>

class QProgressBar;
class QPushButton;

namespace tl {
struct ProgressReport;
}

namespace tl::ui {

class JobRunner;

class JobProgress : public QWidget {
    Q_OBJECT
public:
    // name prefixes the children's object names: <name>ProgressBar, <name>CancelButton.
    JobProgress(JobRunner* runner, const QString& name, QWidget* parent = nullptr);

    QProgressBar* bar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }
    // What the bar says when no job has run yet.
    void setIdleText(const QString& text);

private:
    void showStarted();
    void showProgress(const ProgressReport& report);
    void showEnd(const QString& text, bool complete);

    JobRunner* m_runner;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace tl::ui
