#include "RunResult.h"

#include "Error.h"
#include "RunWarnings.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tl {
namespace {

nlohmann::json numberOrNull(double value)
{
    return std::isnan(value) ? nlohmann::json() : nlohmann::json(value);
}

double numberOrNan(const nlohmann::json& value)
{
    return value.is_number() ? value.get<double>() : std::nan("");
}

nlohmann::json historyJson(const std::vector<EpochReport>& history)
{
    nlohmann::json json = nlohmann::json::array();
    for (const EpochReport& e : history)
        json.push_back({{"epoch", e.epoch},
                        {"train_loss", e.trainLoss},
                        {"train_accuracy", e.trainAccuracy},
                        {"validation_loss", numberOrNull(e.validationLoss)},
                        {"validation_accuracy", numberOrNull(e.validationAccuracy)},
                        {"learning_rate", e.learningRate}});
    return json;
}

std::vector<EpochReport> historyFromJson(const nlohmann::json& json)
{
    std::vector<EpochReport> history;
    for (const auto& e : json)
        history.push_back({e.at("epoch"), e.at("train_loss"), e.at("train_accuracy"),
                           numberOrNan(e.at("validation_loss")), numberOrNan(e.at("validation_accuracy")),
                           e.at("learning_rate")});
    return history;
}

} // namespace

std::string toJson(const RunResult& result)
{
    nlohmann::json json = {
        {"history", historyJson(result.history)}, {"best_epoch", result.bestEpoch},
        {"stopped_early", result.stoppedEarly},   {"threshold", result.threshold},
        {"temperature", result.temperature},      {"fine_tune_history", historyJson(result.fineTuneHistory)}};
    auto add = [&](const char* key, const std::optional<Evaluation>& evaluation) {
        if (evaluation)
            json[key] = nlohmann::json::parse(toJson(*evaluation));
    };
    add("frozen_validation", result.frozenValidation);
    add("validation", result.validation);
    add("test", result.test);
    nlohmann::json warnings = nlohmann::json::array();
    for (RunWarning warning : runWarnings(result))
        warnings.push_back(toString(warning));
    json["warnings"] = warnings; // derived: the reader works them out again
    return json.dump();
}

RunResult runResultFromJson(const std::string& text)
{
    try {
        const nlohmann::json json = nlohmann::json::parse(text);
        RunResult result;
        result.history = historyFromJson(json.value("history", nlohmann::json::array()));
        result.bestEpoch = json.value("best_epoch", result.bestEpoch);
        result.stoppedEarly = json.value("stopped_early", result.stoppedEarly);
        result.threshold = json.value("threshold", result.threshold);
        result.temperature = json.value("temperature", result.temperature);
        result.fineTuneHistory = historyFromJson(json.value("fine_tune_history", nlohmann::json::array()));
        auto evaluation = [&](const char* key) -> std::optional<Evaluation> {
            if (!json.contains(key))
                return std::nullopt;
            return evaluationFromJson(json.at(key).dump());
        };
        result.frozenValidation = evaluation("frozen_validation");
        result.validation = evaluation("validation");
        result.test = evaluation("test");
        return result;
    } catch (const nlohmann::json::exception& e) {
        throw Error(Message{TL_MESSAGE("run-result-invalid", "invalid run result: %1"), {e.what()}});
    }
}

} // namespace tl
