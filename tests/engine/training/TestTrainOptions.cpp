// The option table is the one declaration of every training option: these tests hold the JSON
// (model files, settings, the run history) and the validation to it.
#include "Error.h"
#include "ErrorMessage.h"
#include "ModelFile.h"
#include "TrainOptions.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

using namespace tl;
using tl::fixtures::errorMessageOf;

namespace {

// A valid value other than the default, from the option's own range or choices.
OptionValue anotherValue(const TrainOption& option)
{
    const OptionValue fallback = option.get(TrainConfig{});
    switch (option.kind) {
    case OptionKind::Integer: {
        const auto value = std::get<std::int64_t>(fallback);
        const auto step = option.multipleOf;
        return value + step <= option.maximum ? value + step : value - step;
    }
    case OptionKind::Real: {
        const double value = std::get<double>(fallback);
        return value / 2 > option.minimum ? value / 2 : (value + option.maximum) / 2;
    }
    case OptionKind::Choice:
        return option.choices.back().value == std::get<std::string>(fallback) ? option.choices.front().value
                                                                              : option.choices.back().value;
    case OptionKind::Switch: return !std::get<bool>(fallback);
    case OptionKind::File:
    case OptionKind::Folder: break;
    }
    return std::string("/somewhere/else");
}

} // namespace

TEST(TrainOptions, KeysAndFlagsAreUniqueAndEveryOptionIsDescribed)
{
    std::set<std::string> keys, flags;
    for (const TrainOption& option : trainOptions()) {
        EXPECT_TRUE(keys.insert(option.key).second) << option.key;
        EXPECT_TRUE(flags.insert(option.flag).second) << option.flag;
        EXPECT_FALSE(std::string(option.name.english).empty() || option.label.empty() || option.help.empty())
            << option.key;
        EXPECT_EQ(option.kind == OptionKind::Choice, !option.choices.empty()) << option.key;
    }
    EXPECT_EQ(keys.size(), 27u);
    EXPECT_EQ(trainOption("fine_tune_learning_rate").flag, "fine-tune-lr");
    EXPECT_EQ(errorMessageOf([] { trainOption("nonsense"); }), "no training option 'nonsense'");
}

// VGG16's are TrainConfig's own defaults (the default backbone); MobileNetV2 averages its features
// and fine-tunes at a larger step (the registry says why).
TEST(TrainOptions, TheBackbonesOwnDefaults)
{
    for (const auto& [option, value] : backboneDefaults(BackboneId::Vgg16))
        EXPECT_EQ(value, option->get(TrainConfig{})) << option->key;
    TrainConfig mobileNet;
    for (const auto& [option, value] : backboneDefaults(BackboneId::MobileNetV2))
        option->set(mobileNet, value);
    EXPECT_EQ(mobileNet.head, HeadType::GlobalAveragePool);
    EXPECT_EQ(mobileNet.fineTuneLearningRate, 1e-3);
}

TEST(TrainOptions, ASavedModelHoldsEveryOptionWithItsDefault)
{
    ModelInfo info;
    info.classes = {"benign", "malignant"};
    const nlohmann::json saved = nlohmann::json::parse(modelInfoToJson(info)).at("config");
    for (const TrainOption& option : trainOptions()) {
        ASSERT_TRUE(saved.contains(option.key)) << option.key;
        std::visit([&](const auto& value) { EXPECT_EQ(saved.at(option.key), nlohmann::json(value)) << option.key; },
                   option.get(TrainConfig{}));
    }
}

TEST(TrainOptions, EveryOptionRoundTripsThroughJson)
{
    for (const TrainOption& option : trainOptions()) {
        TrainConfig changed;
        const OptionValue value = anotherValue(option);
        ASSERT_NE(value, option.get(TrainConfig{})) << option.key;
        option.set(changed, value);
        validate(changed);
        EXPECT_EQ(trainOption(option.key).get(trainConfigFromJson(toJson(changed))), value) << option.key;
        // The other options keep their defaults.
        for (const TrainOption& other : trainOptions()) {
            if (other.key != option.key) {
                EXPECT_EQ(other.get(changed), other.get(TrainConfig{})) << option.key << " changed " << other.key;
            }
        }
    }
}

TEST(TrainOptions, OutOfRangeValuesNameTheOptionAndItsRange)
{
    auto messageFor = [](const std::string& key, const OptionValue& value) {
        return errorMessageOf([&] {
            TrainConfig config;
            trainOption(key).set(config, value);
        });
    };
    EXPECT_EQ(messageFor("image_size", std::int64_t{100}),
              "image size must be a multiple of 32 between 32 and 1024 (got 100)");
    EXPECT_EQ(messageFor("learning_rate", 0.0), "learning rate must be above 0 and at most 10");
    EXPECT_EQ(messageFor("dropout", 1.0), "dropout must be at least 0 and below 1");
    EXPECT_EQ(messageFor("batch_size", std::int64_t{0}), "batch size must be between 1 and 4096");
    EXPECT_EQ(messageFor("early_stopping_patience", std::int64_t{-1}), "patience must not be negative");
    EXPECT_EQ(messageFor("reduce_lr_factor", 1.0), "learning-rate factor must be above 0 and below 1");
    EXPECT_EQ(messageFor("head", std::string("dense")), "unknown head 'dense' (expected one of: flatten, gap)");
    EXPECT_EQ(messageFor("class_weights", std::string("some")),
              "unknown class weights 'some' (expected one of: none, auto)");
    // A value an int cannot hold is refused, not wrapped into range.
    EXPECT_EQ(messageFor("epochs", std::int64_t{1} << 33), "epochs must be between 1 and 10000");

    TrainConfig config;
    config.fineTuneLearningRate = 2;
    EXPECT_EQ(errorMessageOf([&] { validate(config); }), "fine-tuning learning rate must be above 0 and at most 1");
    EXPECT_THROW(trainConfigFromJson(R"({"epochs": 0})"), Error);
}
