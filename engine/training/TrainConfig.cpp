#include "TrainConfig.h"

#include "Choices.h"
#include "Error.h"
#include "TrainOptions.h"

#include <nlohmann/json.hpp>

namespace tl {
namespace {

const Choice<HeadType> kHeads[] = {{"flatten", HeadType::Flatten}, {"gap", HeadType::GlobalAveragePool}};
const Choice<OptimizerType> kOptimizers[] = {{"adam", OptimizerType::Adam}, {"sgd", OptimizerType::Sgd}};
const Choice<Augmentation> kAugmentations[] = {{"none", Augmentation::None}, {"dihedral", Augmentation::Dihedral}};
const Choice<FeatureScaling> kFeatureScalings[] = {{"normalise", FeatureScaling::Normalise},
                                                   {"none", FeatureScaling::None}};
} // namespace

const char* toString(HeadType value)
{
    return nameOf(value, kHeads);
}
const char* toString(OptimizerType value)
{
    return nameOf(value, kOptimizers);
}
const char* toString(Augmentation value)
{
    return nameOf(value, kAugmentations);
}
const char* toString(FeatureScaling value)
{
    return nameOf(value, kFeatureScalings);
}
HeadType headTypeFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "head"), kHeads);
}
OptimizerType optimizerFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "optimizer"), kOptimizers);
}
Augmentation augmentationFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "augmentation"), kAugmentations);
}

FeatureScaling featureScalingFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "feature scaling"), kFeatureScalings);
}

void validate(const TrainConfig& config)
{
    for (const TrainOption& option : trainOptions())
        checkRange(option, option.get(config));
}

std::string toJson(const TrainConfig& config)
{
    nlohmann::json json;
    for (const TrainOption& option : trainOptions())
        std::visit([&](const auto& value) { json[option.key] = value; }, option.get(config));
    return json.dump();
}

TrainConfig trainConfigFromJson(const std::string& text)
{
    try {
        const nlohmann::json json = nlohmann::json::parse(text);
        TrainConfig config;
        for (const TrainOption& option : trainOptions()) {
            const auto found = json.find(option.key);
            if (found == json.end())
                continue; // written before the option existed: its default
            switch (option.kind) {
            case OptionKind::Integer: option.set(config, found->get<std::int64_t>()); break;
            case OptionKind::Real: option.set(config, found->get<double>()); break;
            case OptionKind::Switch: option.set(config, found->get<bool>()); break;
            default: option.set(config, found->get<std::string>());
            }
        }
        return config;
    } catch (const nlohmann::json::exception& e) {
        throw Error(
            Message{TL_MESSAGE("training-configuration-invalid", "invalid training configuration: %1"), {e.what()}});
    }
}

} // namespace tl
