#include "TrainingOptions.h"

#include "CliCommon.h"

#include "Backbones.h"
#include "Error.h"
#include "FeatureCache.h"
#include "Paths.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace cli {
namespace {

// The table's help and words, which the Train view shows too, in the user's language (TL_TR "TrainOption").
QString trainOptionText(const std::string& english)
{
    return QCoreApplication::translate("TrainOption", english.c_str());
}

bool takes(TrainingCommand command, const tl::TrainOption& option)
{
    const std::vector<std::string>& cacheKeys = tl::featureCacheOptionKeys();
    switch (command) {
    case TrainingCommand::Train: return true;
    case TrainingCommand::CrossValidate: return !option.trainOnly;
    case TrainingCommand::Cache: return std::find(cacheKeys.begin(), cacheKeys.end(), option.key) != cacheKeys.end();
    case TrainingCommand::Leakage:
        return takes(TrainingCommand::Cache, option) || option.key == "validation_fraction" ||
               option.key == "test_fraction" || option.key == "seed";
    }
    return false;
}

QString valueName(tl::OptionKind kind)
{
    switch (kind) {
    case tl::OptionKind::Integer: return "N";
    case tl::OptionKind::Real: return "X";
    case tl::OptionKind::Choice: return "NAME";
    case tl::OptionKind::File: return "FILE";
    case tl::OptionKind::Folder: return "DIR";
    case tl::OptionKind::Switch: break;
    }
    return {};
}

// Whether the value is the minimum that the option calls "Off" or "None".
bool meansOff(const tl::TrainOption& option, const tl::OptionValue& value)
{
    if (option.offText.empty())
        return false;
    if (const auto* number = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*number) == option.minimum;
    if (const auto* real = std::get_if<double>(&value))
        return *real == option.minimum;
    return false;
}

// "0.001"; where the backbone decides, each backbone's: "VGG16 flatten, MobileNetV2 gap".
QString defaultValueText(const tl::TrainOption& option)
{
    QStringList perBackbone;
    for (const tl::BackboneSpec& spec : tl::backboneRegistry())
        for (const auto& [decided, value] : tl::backboneDefaults(spec.id))
            if (decided == &option)
                perBackbone << QString("%1 %2").arg(spec.displayName, QString::fromStdString(tl::optionText(value)));
    if (!perBackbone.isEmpty())
        return perBackbone.join(", ");
    return QString::fromStdString(tl::optionText(option.get(tl::TrainConfig{})));
}

// "one of: flatten, gap; default VGG16 flatten, MobileNetV2 gap", "default 0: off", "default 0.001",
// in the user's language.
QString details(const tl::TrainOption& option)
{
    const tl::OptionValue fallback = option.get(tl::TrainConfig{});
    if (option.kind == tl::OptionKind::Switch)
        return std::get<bool>(fallback) ? Cli::tr("on by default") : Cli::tr("off by default");
    if (option.kind == tl::OptionKind::File || option.kind == tl::OptionKind::Folder)
        return {};
    const QString value = defaultValueText(option);
    QString text = Cli::tr("default %1").arg(value);
    if (option.kind == tl::OptionKind::Choice) {
        QStringList choices;
        for (const tl::OptionChoice& choice : option.choices)
            choices << QString::fromStdString(choice.value);
        text = Cli::tr("one of: %1; default %2").arg(choices.join(", "), value);
    }
    if (meansOff(option, fallback))
        text += ": " + trainOptionText(option.offText).toLower();
    return text;
}

tl::OptionValue valueOf(const QCommandLineParser& parser, const tl::TrainOption& option)
{
    const QString flag = QString::fromStdString(option.flag);
    switch (option.kind) {
    case tl::OptionKind::Integer: return static_cast<std::int64_t>(intOption(parser, flag, 0));
    case tl::OptionKind::Real: return doubleOption(parser, flag, 0);
    case tl::OptionKind::Switch: return true;
    default: return text(parser.value(flag));
    }
}

// A switch that is on by default is turned off with --no-FLAG.
bool switchedOnByDefault(const tl::TrainOption& option)
{
    return option.kind == tl::OptionKind::Switch && std::get<bool>(option.get(tl::TrainConfig{}));
}

QString offFlag(const tl::TrainOption& option)
{
    return QString::fromStdString("no-" + option.flag);
}

} // namespace

QCommandLineOption commandLineOption(const tl::TrainOption& option)
{
    const QString more = details(option);
    const QString help = trainOptionText(option.help) + (more.isEmpty() ? "" : " (" + more + ")") + ".";
    return {QString::fromStdString(option.flag), help, valueName(option.kind)};
}

QList<QCommandLineOption> trainingOptions(TrainingCommand command)
{
    QList<QCommandLineOption> options = {
        {"data", Cli::tr("Dataset folder: DIR/<class>/* or DIR/train/<class>/* (+ DIR/test/<class>/*)."), "DIR"}};
    for (const tl::TrainOption& option : tl::trainOptions()) {
        if (!takes(command, option))
            continue;
        options << commandLineOption(option);
        if (switchedOnByDefault(option))
            options << QCommandLineOption(offFlag(option),
                                          Cli::tr("Turn off --%1.").arg(QString::fromStdString(option.flag)));
    }
    return options;
}

tl::TrainConfig trainingConfigFrom(const QCommandLineParser& parser, TrainingCommand command)
{
    tl::TrainConfig config;
    try {
        for (const tl::TrainOption& option : tl::trainOptions())
            if (takes(command, option) && parser.isSet(QString::fromStdString(option.flag)))
                option.set(config, valueOf(parser, option));
            else if (takes(command, option) && switchedOnByDefault(option) && parser.isSet(offFlag(option)))
                option.set(config, false);
        if (config.weightsPath.empty())
            config.weightsPath = tl::defaultWeightsPath(config.backbone);
        for (const auto& [option, value] : tl::backboneDefaults(config.backbone))
            if (takes(command, *option) && !parser.isSet(QString::fromStdString(option->flag)))
                option->set(config, value);
        tl::validate(config);
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
    return config;
}

} // namespace cli
