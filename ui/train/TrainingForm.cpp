#include "TrainingForm.h"

#include "Paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tl::ui {
namespace {

const char* const kConfigKey = "training/config";
const char* const kModelPathKey = "training/modelPath";

QString defaultModelPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/models/model.h5";
}

void selectData(QComboBox* box, const char* data)
{
    box->setCurrentIndex(std::max(0, box->findData(QString::fromLatin1(data))));
}

std::string selectedData(const QComboBox* box)
{
    return toStdString(box->currentData().toString());
}

} // namespace

QSpinBox* TrainingForm::addSpinBox(QFormLayout* form, const QString& name, const QString& label, int minimum,
                                   int maximum, const QString& toolTip)
{
    auto* box = new QSpinBox(m_form);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setToolTip(toolTip);
    form->addRow(label, box);
    return box;
}

QDoubleSpinBox* TrainingForm::addDoubleSpinBox(QFormLayout* form, const QString& name, const QString& label,
                                               double minimum, double maximum, int decimals, const QString& toolTip)
{
    auto* box = new QDoubleSpinBox(m_form);
    box->setObjectName(name);
    box->setDecimals(decimals);
    box->setRange(minimum, maximum);
    box->setSingleStep(std::pow(10.0, -std::min(decimals, 2)));
    box->setToolTip(toolTip);
    form->addRow(label, box);
    return box;
}

QComboBox* TrainingForm::addComboBox(QFormLayout* form, const QString& name, const QString& label,
                                     const QList<QPair<QString, QString>>& choices, const QString& toolTip)
{
    auto* box = new QComboBox(m_form);
    box->setObjectName(name);
    for (const auto& [text, data] : choices)
        box->addItem(text, data);
    box->setToolTip(toolTip);
    form->addRow(label, box);
    return box;
}

QLineEdit* TrainingForm::addPathEdit(QFormLayout* form, const QString& name, const QString& label,
                                     const QString& toolTip, bool directory, bool save)
{
    auto* edit = new QLineEdit(m_form);
    edit->setObjectName(name + "LineEdit");
    edit->setToolTip(toolTip);
    auto* browse = new QToolButton(m_form);
    browse->setObjectName(name + "BrowseButton");
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, label, directory, save] {
        const QString current = edit->text();
        const QString chosen = directory ? QFileDialog::getExistingDirectory(this, label, current)
                               : save    ? QFileDialog::getSaveFileName(this, label, current, tr("Models (*.h5)"))
                                         : QFileDialog::getOpenFileName(this, label, current, tr("HDF5 files (*.h5)"));
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

TrainingForm::TrainingForm(QWidget* parent) : QWidget(parent)
{
    m_form = new QWidget;
    m_form->setObjectName("trainingFormWidget");
    auto* form = new QFormLayout(m_form);
    m_weightsPath = addPathEdit(form, "weightsPath", tr("Backbone weights:"),
                                tr("The Keras VGG16 ImageNet weights file (“notop”, HDF5)"), false, false);
    m_imageSize = addSpinBox(form, "imageSizeSpinBox", tr("Image size:"), 32, 1024,
                             tr("Images are resized to this many pixels square before VGG16 (a multiple of 32)"));
    m_imageSize->setSingleStep(32);
    m_imageSize->setSuffix(tr(" px"));
    m_head = addComboBox(form, "headComboBox", tr("Head:"),
                         {{tr("Flatten"), "flatten"}, {tr("Global average pooling"), "gap"}},
                         tr("How the backbone's feature maps enter the classifier: all of them (Flatten) or "
                            "averaged per channel (fewer parameters)"));
    m_hiddenUnits = addSpinBox(form, "hiddenUnitsSpinBox", tr("Hidden units:"), 0, 65536,
                               tr("Size of a hidden dense layer; 0 for none"));
    m_hiddenUnits->setSpecialValueText(tr("None"));
    m_dropout = addDoubleSpinBox(form, "dropoutSpinBox", tr("Dropout:"), 0, 0.95, 2,
                                 tr("Fraction of hidden units dropped while training (with a hidden layer only)"));
    m_optimizer = addComboBox(form, "optimizerComboBox", tr("Optimizer:"), {{tr("Adam"), "adam"}, {tr("SGD"), "sgd"}},
                              tr("The optimisation algorithm of the head"));
    m_learningRate = addDoubleSpinBox(form, "learningRateSpinBox", tr("Learning rate:"), 0.000001, 10, 6,
                                      tr("Step size of the optimizer"));
    m_learningRate->setSingleStep(0.0001);
    m_momentum = addDoubleSpinBox(form, "momentumSpinBox", tr("Momentum:"), 0, 0.99, 2, tr("SGD momentum"));
    m_batchSize = addSpinBox(form, "batchSizeSpinBox", tr("Batch size:"), 1, 4096, tr("Images per training step"));
    m_epochsSpin = addSpinBox(form, "epochsSpinBox", tr("Epochs:"), 1, 10000, tr("Passes over the training images"));
    m_seed = addSpinBox(form, "seedSpinBox", tr("Seed:"), 0, std::numeric_limits<int>::max(),
                        tr("Seeds the validation split, the initial weights and the batch order: "
                           "the same seed gives the same run"));
    m_validationSplit = addDoubleSpinBox(form, "validationSplitSpinBox", tr("Validation split:"), 0, 0.9, 2,
                                         tr("Fraction of each class's training images held out to validate"));
    m_classWeights = addComboBox(form, "classWeightsComboBox", tr("Class weights:"),
                                 {{tr("None"), "none"}, {tr("Automatic (inverse frequency)"), "auto"}},
                                 tr("Weigh rare classes up so that an imbalanced dataset is learnt fairly"));
    m_targetSensitivity =
        addDoubleSpinBox(form, "targetSensitivitySpinBox", tr("Target sensitivity:"), 0, 1, 2,
                         tr("Two classes: the decision threshold becomes the highest one that finds at least this "
                            "fraction of the positive class on the validation split; Off: threshold 0.5"));
    m_targetSensitivity->setSpecialValueText(tr("Off"));
    m_calibrate = new QCheckBox(tr("Calibrate probabilities"), m_form);
    m_calibrate->setObjectName("calibrateCheckBox");
    m_calibrate->setToolTip(tr("Fit a temperature on the validation split so that a probability of 0.8 is right "
                               "about 8 times in 10 (temperature scaling); the predicted classes do not change"));
    form->addRow(QString(), m_calibrate);
    m_fineTuneEpochs = addSpinBox(form, "fineTuneEpochsSpinBox", tr("Fine-tune block 5:"), 0, 1000,
                                  tr("After the head, train VGG16's last block with it for this many epochs, at a low "
                                     "learning rate, from cached block-4 features; Off: the frozen recipe only"));
    m_fineTuneEpochs->setSpecialValueText(tr("Off"));
    m_fineTuneEpochs->setSuffix(tr(" epochs"));
    m_fineTuneLearningRate = addDoubleSpinBox(form, "fineTuneLearningRateSpinBox", tr("Fine-tuning learning rate:"),
                                              0.0000001, 1, 7, tr("Step size of the fine-tuning phase"));
    m_fineTuneLearningRate->setSingleStep(0.000001);
    m_augmentation = addComboBox(form, "augmentationComboBox", tr("Augmentation:"),
                                 {{tr("None"), "none"}, {tr("Dihedral (flips and rotations)"), "dihedral"}},
                                 tr("Also learn from the 8 flipped and rotated views of each training image"));
    m_precision = addComboBox(form, "precisionComboBox", tr("Precision:"),
                              {{tr("Automatic"), "auto"}, {tr("FP32"), "fp32"}, {tr("BF16"), "bf16"}},
                              tr("Number format of the backbone; BF16 is faster where the hardware supports it"));
    m_device = addComboBox(form, "deviceComboBox", tr("Device:"),
                           {{tr("Automatic"), "auto"}, {tr("CPU"), "cpu"}, {tr("CUDA GPU"), "cuda"}},
                           tr("Where the network runs"));
    m_patience = addSpinBox(form, "patienceSpinBox", tr("Early stopping patience:"), 0, 10000,
                            tr("Stop after this many epochs without a better validation loss; 0: never"));
    m_patience->setSpecialValueText(tr("Off"));
    m_reduceLrPatience =
        addSpinBox(form, "reduceLrPatienceSpinBox", tr("Learning-rate patience:"), 0, 10000,
                   tr("Reduce the learning rate after this many epochs without improvement; 0: never"));
    m_reduceLrPatience->setSpecialValueText(tr("Off"));
    m_reduceLrFactor = addDoubleSpinBox(form, "reduceLrFactorSpinBox", tr("Learning-rate factor:"), 0.01, 0.99, 2,
                                        tr("The learning rate is multiplied by this factor when reduced"));
    m_cacheDir = addPathEdit(form, "cacheDir", tr("Feature cache:"),
                             tr("Folder where the backbone's features are cached between runs"), true, false);
    m_cacheDir->setPlaceholderText(toQString(defaultCacheDir()));
    m_modelPath =
        addPathEdit(form, "modelPath", tr("Output model:"), tr("Where the trained model is written"), false, true);
    m_resume = new QCheckBox(tr("Resume from the checkpoint of an interrupted run"), m_form);
    m_resume->setObjectName("resumeCheckBox");
    m_resume->setToolTip(tr("Continue the run that was writing this output model when it was interrupted"));
    form->addRow(QString(), m_resume);

    connect(m_validationSplit, &QDoubleSpinBox::valueChanged, this,
            [this] { emit splitSettingsChanged(m_validationSplit->value(), static_cast<quint64>(m_seed->value())); });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this] { emit splitSettingsChanged(m_validationSplit->value(), static_cast<quint64>(m_seed->value())); });

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("trainingFormScrollArea");
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    loadSettings();
}

TrainConfig TrainingForm::config() const
{
    TrainConfig config;
    config.weightsPath = toStdString(m_weightsPath->text());
    config.cacheDir = toStdString(m_cacheDir->text());
    config.imageSize = m_imageSize->value();
    config.head = headTypeFromString(selectedData(m_head));
    config.hiddenUnits = m_hiddenUnits->value();
    config.dropout = m_dropout->value();
    config.optimizer = optimizerFromString(selectedData(m_optimizer));
    config.learningRate = m_learningRate->value();
    config.momentum = m_momentum->value();
    config.batchSize = m_batchSize->value();
    config.epochs = m_epochsSpin->value();
    config.seed = static_cast<std::uint64_t>(m_seed->value());
    config.validationFraction = m_validationSplit->value();
    config.autoClassWeights = selectedData(m_classWeights) == "auto";
    config.augmentation = augmentationFromString(selectedData(m_augmentation));
    config.precision = precisionFromString(selectedData(m_precision));
    config.device = deviceFromString(selectedData(m_device));
    config.targetSensitivity = m_targetSensitivity->value();
    config.temperatureScaling = m_calibrate->isChecked();
    config.fineTuneEpochs = m_fineTuneEpochs->value();
    config.fineTuneLearningRate = m_fineTuneLearningRate->value();
    config.earlyStoppingPatience = m_patience->value();
    config.reduceLrPatience = m_reduceLrPatience->value();
    config.reduceLrFactor = m_reduceLrFactor->value();
    return config;
}

void TrainingForm::setConfig(const TrainConfig& config)
{
    m_weightsPath->setText(toQString(config.weightsPath.empty() ? defaultWeightsPath() : config.weightsPath));
    m_cacheDir->setText(toQString(config.cacheDir));
    m_imageSize->setValue(config.imageSize);
    selectData(m_head, toString(config.head));
    m_hiddenUnits->setValue(config.hiddenUnits);
    m_dropout->setValue(config.dropout);
    selectData(m_optimizer, toString(config.optimizer));
    m_learningRate->setValue(config.learningRate);
    m_momentum->setValue(config.momentum);
    m_batchSize->setValue(config.batchSize);
    m_epochsSpin->setValue(config.epochs);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(config.seed, std::numeric_limits<int>::max())));
    m_validationSplit->setValue(config.validationFraction);
    selectData(m_classWeights, config.autoClassWeights ? "auto" : "none");
    selectData(m_augmentation, toString(config.augmentation));
    selectData(m_precision, toString(config.precision));
    selectData(m_device, toString(config.device));
    m_targetSensitivity->setValue(config.targetSensitivity);
    m_calibrate->setChecked(config.temperatureScaling);
    m_fineTuneEpochs->setValue(config.fineTuneEpochs);
    m_fineTuneLearningRate->setValue(config.fineTuneLearningRate);
    m_patience->setValue(config.earlyStoppingPatience);
    m_reduceLrPatience->setValue(config.reduceLrPatience);
    m_reduceLrFactor->setValue(config.reduceLrFactor);
}

void TrainingForm::setWeightsPath(const QString& path)
{
    m_weightsPath->setText(path);
}

QString TrainingForm::modelPath() const
{
    return m_modelPath->text().trimmed();
}

void TrainingForm::setModelPath(const QString& path)
{
    m_modelPath->setText(path);
}

bool TrainingForm::resumeRequested() const
{
    return m_resume->isChecked();
}

void TrainingForm::loadSettings()
{
    const QSettings settings;
    TrainConfig config;
    try {
        config = trainConfigFromJson(toStdString(settings.value(kConfigKey).toString()));
    } catch (const std::exception&) {
        config = TrainConfig{}; // no or unreadable stored options: start from the defaults
    }
    setConfig(config);
    m_modelPath->setText(settings.value(kModelPathKey, defaultModelPath()).toString());
}

void TrainingForm::saveSettings() const
{
    QSettings settings;
    settings.setValue(kConfigKey, toQString(toJson(config())));
    settings.setValue(kModelPathKey, m_modelPath->text());
}

} // namespace tl::ui
