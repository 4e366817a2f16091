#include "TrainingForm.h"

#include "ModelPaths.h"
#include "Paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>
#include <set>

namespace tl::ui {
namespace {

const char* const kConfigKey = "training/config";
const char* const kModelPathKey = "training/modelPath";

// What earlier versions stored as the output model when the user chose none (every run wrote
// it): in Qt's per-application folder, or there after moveFormerDataFolder() rebased it.
bool isFormerDefaultModelPath(const QString& path)
{
    return path == QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/models/model.h5" ||
           path == modelsFolder() + "/model.h5";
}

// "learning_rate" -> "learningRate": the start of the editor's object name.
QString camelCase(const std::string& key)
{
    QString name;
    bool upper = false;
    for (const char c : key) {
        if (c == '_') {
            upper = true;
            continue;
        }
        name += upper ? QChar(c).toUpper() : QChar(c);
        upper = false;
    }
    return name;
}

// A spin box cannot exclude a bound: it stops one step inside it.
double lowest(const TrainOption& option, double step)
{
    return option.minimumIncluded ? option.minimum : option.minimum + step;
}
double highest(const TrainOption& option, double step, double noMaximum)
{
    if (std::isinf(option.maximum))
        return noMaximum;
    return option.maximumIncluded ? option.maximum : option.maximum - step;
}

// The recipe's few essentials come first; the rest waits under Advanced options.
bool isEssential(const std::string& key)
{
    static const std::set<std::string> essentials = {"backbone",     "weights",    "head",
                                                     "hidden_units", "dropout",    "learning_rate",
                                                     "epochs",       "batch_size", "augmentation"};
    return essentials.count(key) > 0;
}

} // namespace

QString TrainingForm::translated(const std::string& text)
{
    return QCoreApplication::translate("TrainOption", text.c_str());
}

TrainingForm::TrainingForm(QWidget* parent) : QWidget(parent)
{
    m_form = new QWidget;
    m_form->setObjectName("trainingFormWidget");
    auto* essentials = new QWidget(m_form);
    auto* form = new QFormLayout(essentials);
    auto* advanced = new QWidget(m_form);
    advanced->setObjectName("advancedOptionsWidget");
    auto* advancedForm = new QFormLayout(advanced);
    for (const TrainOption& option : trainOptions())
        addEditor(isEssential(option.key) ? form : advancedForm, option);
    m_modelPath = addPathEdit(form, "modelPath", tr("Output model:"),
                              tr("Where the trained model is written; empty: a new file for every run, named after "
                                 "the dataset and the time"),
                              OptionKind::File, true);
    m_modelPath->setPlaceholderText(tr("Automatic: a new file per run in %1").arg(modelsFolder()));
    m_resume = new QCheckBox(tr("Resume from the checkpoint of an interrupted run"), m_form);
    m_resume->setObjectName("resumeCheckBox");
    m_resume->setToolTip(tr("Continue the run that was writing this output model when it was interrupted"));
    form->addRow(QString(), m_resume);
    auto* showAdvanced = new QToolButton(m_form);
    showAdvanced->setObjectName("advancedOptionsButton");
    showAdvanced->setText(tr("Advanced options"));
    showAdvanced->setToolTip(tr("Image size, feature scaling, optimizer, seed, validation split, calibration, "
                                "fine-tuning, precision, device, early stopping and the feature cache"));
    showAdvanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    showAdvanced->setAutoRaise(true);
    showAdvanced->setCheckable(true);
    showAdvanced->setArrowType(Qt::RightArrow);
    advanced->hide();
    connect(showAdvanced, &QToolButton::toggled, this, [showAdvanced, advanced](bool shown) {
        showAdvanced->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        advanced->setVisible(shown);
    });
    auto* sections = new QVBoxLayout(m_form);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->addWidget(essentials);
    sections->addWidget(showAdvanced);
    sections->addWidget(advanced);
    sections->addStretch();
    // An empty cache folder is the default one: show which.
    static_cast<QLineEdit*>(editor("cache_dir"))->setPlaceholderText(toQString(defaultCacheDir()));
    for (const auto& [key, widget] : m_editors)
        watch(key, widget);
    connect(this, &TrainingForm::optionChanged, this, [this](const QString& key) {
        if (key == "validation_fraction" || key == "test_fraction" || key == "seed")
            emitSplitSettings();
        if (key == "backbone")
            followBackbone();
    });

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

void TrainingForm::addEditor(QFormLayout* form, const TrainOption& option)
{
    const QString name = camelCase(option.key), label = tr("%1:").arg(translated(option.label));
    const QString toolTip = translated(option.help);
    QWidget* editor = nullptr;
    switch (option.kind) {
    case OptionKind::Integer: {
        auto* box = new QSpinBox(m_form);
        box->setRange(static_cast<int>(lowest(option, 1)),
                      static_cast<int>(highest(option, 1, std::numeric_limits<int>::max())));
        box->setSingleStep(static_cast<int>(option.multipleOf));
        editor = box;
        break;
    }
    case OptionKind::Real: {
        auto* box = new QDoubleSpinBox(m_form);
        const double resolution = std::pow(10.0, -option.decimals);
        box->setDecimals(option.decimals);
        box->setRange(lowest(option, resolution), highest(option, resolution, 1e6));
        // Two decimals step by 0.01; a learning rate of six by 0.0001.
        box->setSingleStep(std::pow(10.0, -std::max(std::min(option.decimals, 2), option.decimals - 2)));
        editor = box;
        break;
    }
    case OptionKind::Choice: {
        auto* box = new QComboBox(m_form);
        for (const OptionChoice& choice : option.choices)
            box->addItem(translated(choice.label), toQString(choice.value));
        editor = box;
        break;
    }
    case OptionKind::Switch: {
        auto* box = new QCheckBox(translated(option.label), m_form);
        box->setObjectName(name + "CheckBox");
        box->setToolTip(toolTip);
        form->addRow(QString(), box);
        m_editors[option.key] = box;
        return;
    }
    case OptionKind::File:
    case OptionKind::Folder:
        m_editors[option.key] = addPathEdit(form, name, label, toolTip, option.kind, false);
        return;
    }
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) {
        spin->setObjectName(name + "SpinBox");
        if (!option.offText.empty())
            spin->setSpecialValueText(translated(option.offText));
        if (auto* box = qobject_cast<QSpinBox*>(editor))
            box->setSuffix(translated(option.unit));
    } else {
        editor->setObjectName(name + "ComboBox");
    }
    editor->setToolTip(toolTip);
    form->addRow(label, editor);
    m_editors[option.key] = editor;
}

QLineEdit* TrainingForm::addPathEdit(QFormLayout* form, const QString& name, const QString& label,
                                     const QString& toolTip, OptionKind kind, bool save)
{
    auto* edit = new QLineEdit(m_form);
    edit->setObjectName(name + "LineEdit");
    edit->setToolTip(toolTip);
    auto* browse = new QToolButton(m_form);
    browse->setObjectName(name + "BrowseButton");
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, label, kind, save] {
        const QString current = edit->text();
        const QString chosen =
            kind == OptionKind::Folder ? QFileDialog::getExistingDirectory(this, label, current)
            : save
                ? QFileDialog::getSaveFileName(this, label, current, tr("TransferLab models (*.tlmodel)"))
                : QFileDialog::getOpenFileName(this, label, current, tr("Weights (*.h5 *.hdf5 *.pt);;All files (*)"));
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
}

void TrainingForm::watch(const std::string& key, QWidget* editor)
{
    const QString name = toQString(key);
    auto changed = [this, name] { emit optionChanged(name); };
    if (auto* box = qobject_cast<QSpinBox*>(editor))
        connect(box, &QSpinBox::valueChanged, this, changed);
    else if (auto* real = qobject_cast<QDoubleSpinBox*>(editor))
        connect(real, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto* choice = qobject_cast<QComboBox*>(editor))
        connect(choice, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textChanged, this, changed);
}

OptionValue TrainingForm::valueOf(const TrainOption& option) const
{
    QWidget* widget = editor(option.key);
    switch (option.kind) {
    case OptionKind::Integer: return static_cast<std::int64_t>(static_cast<QSpinBox*>(widget)->value());
    case OptionKind::Real: return static_cast<QDoubleSpinBox*>(widget)->value();
    case OptionKind::Choice: return toStdString(static_cast<QComboBox*>(widget)->currentData().toString());
    case OptionKind::Switch: return static_cast<QCheckBox*>(widget)->isChecked();
    case OptionKind::File:
    case OptionKind::Folder: break;
    }
    return toStdString(static_cast<QLineEdit*>(widget)->text());
}

void TrainingForm::show(const TrainOption& option, const OptionValue& value)
{
    QWidget* widget = editor(option.key);
    switch (option.kind) {
    case OptionKind::Integer:
        // A spin box holds an int: a larger stored value shows as its maximum.
        static_cast<QSpinBox*>(widget)->setValue(
            static_cast<int>(std::min<std::int64_t>(std::get<std::int64_t>(value), std::numeric_limits<int>::max())));
        return;
    case OptionKind::Real: static_cast<QDoubleSpinBox*>(widget)->setValue(std::get<double>(value)); return;
    case OptionKind::Choice: {
        auto* box = static_cast<QComboBox*>(widget);
        box->setCurrentIndex(std::max(0, box->findData(toQString(std::get<std::string>(value)))));
        return;
    }
    case OptionKind::Switch: static_cast<QCheckBox*>(widget)->setChecked(std::get<bool>(value)); return;
    case OptionKind::File:
    case OptionKind::Folder: static_cast<QLineEdit*>(widget)->setText(toQString(std::get<std::string>(value))); return;
    }
}

TrainConfig TrainingForm::config() const
{
    TrainConfig config;
    for (const TrainOption& option : trainOptions())
        option.set(config, valueOf(option)); // the editors' ranges keep every value valid
    return config;
}

void TrainingForm::setConfig(const TrainConfig& config)
{
    for (const TrainOption& option : trainOptions())
        show(option, option.get(config));
    if (config.weightsPath.empty())
        setWeightsPath(toQString(defaultWeightsPath(config.backbone)));
}

// The head and fine-tuning's step size take the backbone's defaults; a weights field that names
// where the app keeps some backbone's weights (or demo weights) follows the backbone chosen, and a
// file the user picked stays.
void TrainingForm::followBackbone()
{
    for (const auto& [option, value] : backboneDefaults(config().backbone))
        show(*option, value);
    const std::string current = toStdString(weightsPath());
    for (const BackboneSpec& spec : backboneRegistry())
        if (current == defaultWeightsPath(spec.id) || current == demoWeightsPath(spec.id)) {
            setWeightsPath(toQString(defaultWeightsPath(config().backbone)));
            return;
        }
}

void TrainingForm::setWeightsPath(const QString& path)
{
    static_cast<QLineEdit*>(editor("weights"))->setText(path);
}

QString TrainingForm::weightsPath() const
{
    const std::string named = config().weightsPath;
    return toQString(named.empty() ? defaultWeightsPath(config().backbone) : named);
}

QString TrainingForm::modelPath() const
{
    return m_modelPath->text().trimmed();
}

bool TrainingForm::resumeRequested() const
{
    return m_resume->isChecked();
}

void TrainingForm::emitSplitSettings()
{
    const TrainConfig current = config();
    emit splitSettingsChanged(current.validationFraction, current.testFraction, current.seed);
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
    const QString stored = settings.value(kModelPathKey).toString();
    m_modelPath->setText(isFormerDefaultModelPath(stored) ? QString() : stored);
}

void TrainingForm::saveSettings() const
{
    QSettings settings;
    settings.setValue(kConfigKey, toQString(toJson(config())));
    settings.setValue(kModelPathKey, m_modelPath->text());
}

} // namespace tl::ui
