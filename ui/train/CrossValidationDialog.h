#pragma once
// Stratified k-fold cross-validation of the Train view's settings, on cached features: the mean
// and spread of every metric over the folds, in a table. Runs through a JobRunner; Cancel (or
// Escape) stops it after the current batch.
#include "CrossValidation.h"
#include "EngineBridge.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tl::ui {

class JobProgress;
class JobRunner;

class CrossValidationDialog : public QDialog {
    Q_OBJECT
public:
    CrossValidationDialog(Dataset dataset, TrainConfig config, QWidget* parent = nullptr);
    ~CrossValidationDialog() override;

    bool isRunning() const;

public slots:
    void start();

signals:
    void crossValidationFinished(const tl::CrossValidationOutcome& outcome);
    void crossValidationFailed(const QString& message);

protected:
    void reject() override; // Cancel or Escape: stops a run first

private:
    void showOutcome(const CrossValidationOutcome& outcome);
    void setRunning(bool running);

    Dataset m_dataset;
    TrainConfig m_config;
    JobRunner* m_runner;

    QSpinBox* m_folds;
    QPushButton* m_startButton;
    JobProgress* m_progress;
    QLabel* m_status;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
};

} // namespace tl::ui
