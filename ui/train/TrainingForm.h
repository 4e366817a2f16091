#pragma once
// The Train view's options: one editor per row of the engine's option table (TrainOptions.h),
// its kind choosing the widget, with the table's range, default and help (translated here);
// then the output model and whether to resume. The recipe's essentials first, the rest folded
// under Advanced options. Remembered between sessions in QSettings.
#include "EngineBridge.h"
#include "TrainOptions.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace tl::ui {

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingForm(QWidget* parent = nullptr);

    TrainConfig config() const;
    void setConfig(const TrainConfig& config);
    void setWeightsPath(const QString& path);
    // The weights file training will use: the one named, or the default ImageNet file.
    QString weightsPath() const;
    QString modelPath() const; // trimmed; empty: a new file per run (see ModelPaths.h)
    bool resumeRequested() const;
    // The editor of an option, by its key in the table.
    QWidget* editor(const std::string& key) const { return m_editors.at(key); }
    // The options are remembered when the window closes: writing settings takes milliseconds
    // that the click on Train should not spend.
    void saveSettings() const;

    // The table's texts in the user's language.
    static QString translated(const std::string& text);

signals:
    // An option's editor changed its value (its key in the table).
    void optionChanged(const QString& key);
    void splitSettingsChanged(double validationFraction, double testFraction, quint64 seed);

private:
    void loadSettings();
    void addEditor(QFormLayout* form, const TrainOption& option);
    QLineEdit* addPathEdit(QFormLayout* form, const QString& name, const QString& label, const QString& toolTip,
                           OptionKind kind, bool save);
    void watch(const std::string& key, QWidget* editor);
    OptionValue valueOf(const TrainOption& option) const;
    void show(const TrainOption& option, const OptionValue& value);
    void emitSplitSettings();
    void followBackbone();

    QWidget* m_form = nullptr;
    std::map<std::string, QWidget*> m_editors; // by option key
    QLineEdit* m_modelPath = nullptr;
    QCheckBox* m_resume = nullptr;
};

} // namespace tl::ui
