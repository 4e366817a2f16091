#pragma once
// The Train view's options: every field of a TrainConfig with its default, range and tooltip,
// plus the output model and whether to resume. Remembered between sessions in QSettings.
#include "EngineBridge.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace tl::ui {

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingForm(QWidget* parent = nullptr);

    TrainConfig config() const;
    void setConfig(const TrainConfig& config);
    void setWeightsPath(const QString& path);
    QString modelPath() const; // trimmed
    void setModelPath(const QString& path);
    bool resumeRequested() const;
    // The options are remembered when the window closes: writing settings takes milliseconds
    // that the click on Train should not spend.
    void saveSettings() const;

signals:
    void splitSettingsChanged(double validationFraction, quint64 seed);

private:
    void loadSettings();
    QSpinBox* addSpinBox(QFormLayout* form, const QString& name, const QString& label, int minimum, int maximum,
                         const QString& toolTip);
    QDoubleSpinBox* addDoubleSpinBox(QFormLayout* form, const QString& name, const QString& label, double minimum,
                                     double maximum, int decimals, const QString& toolTip);
    QComboBox* addComboBox(QFormLayout* form, const QString& name, const QString& label,
                           const QList<QPair<QString, QString>>& choices, const QString& toolTip);
    QLineEdit* addPathEdit(QFormLayout* form, const QString& name, const QString& label, const QString& toolTip,
                           bool directory, bool save);

    QWidget* m_form = nullptr;
    QLineEdit* m_weightsPath = nullptr;
    QLineEdit* m_cacheDir = nullptr;
    QSpinBox* m_imageSize = nullptr;
    QComboBox* m_head = nullptr;
    QSpinBox* m_hiddenUnits = nullptr;
    QDoubleSpinBox* m_dropout = nullptr;
    QComboBox* m_optimizer = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QDoubleSpinBox* m_momentum = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_epochsSpin = nullptr;
    QSpinBox* m_seed = nullptr;
    QDoubleSpinBox* m_validationSplit = nullptr;
    QComboBox* m_classWeights = nullptr;
    QComboBox* m_augmentation = nullptr;
    QComboBox* m_precision = nullptr;
    QComboBox* m_device = nullptr;
    QDoubleSpinBox* m_targetSensitivity = nullptr;
    QCheckBox* m_calibrate = nullptr;
    QSpinBox* m_fineTuneEpochs = nullptr;
    QDoubleSpinBox* m_fineTuneLearningRate = nullptr;
    QSpinBox* m_patience = nullptr;
    QSpinBox* m_reduceLrPatience = nullptr;
    QDoubleSpinBox* m_reduceLrFactor = nullptr;
    QLineEdit* m_modelPath = nullptr;
    QCheckBox* m_resume = nullptr;
};

} // namespace tl::ui
