#include "Int8Calibration.h"

#include "Error.h"
#include "Hashing.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tl {

std::string Int8Calibration::identity() const
{
    std::string named = "int8-calibration-v1 seed " + std::to_string(seed);
    for (const std::string& hash : imageHashes)
        named += " " + hash;
    return sha256Hex(named.data(), named.size()).substr(0, 16);
}

std::string toJson(const Int8Calibration& calibration)
{
    return nlohmann::json{{"seed", calibration.seed},
                          {"image_sha256", calibration.imageHashes},
                          {"input_scale", calibration.inputScale},
                          {"input_zero_point", calibration.inputZeroPoint},
                          {"output_scales", calibration.outputScales}}
        .dump();
}

Int8Calibration int8CalibrationFromJson(const std::string& json)
{
    Int8Calibration calibration;
    try {
        const nlohmann::json object = nlohmann::json::parse(json);
        calibration.seed = object.at("seed").get<std::uint64_t>();
        calibration.imageHashes = object.at("image_sha256").get<std::vector<std::string>>();
        calibration.inputScale = object.at("input_scale").get<double>();
        calibration.inputZeroPoint = object.at("input_zero_point").get<std::int64_t>();
        calibration.outputScales = object.at("output_scales").get<std::vector<double>>();
    } catch (const nlohmann::json::exception& e) {
        throw Error(
            Message{TL_MESSAGE("int8-calibration-damaged", "the int8 calibration is damaged (%1)"), {e.what()}});
    }
    const bool positive =
        calibration.inputScale > 0 && std::all_of(calibration.outputScales.begin(), calibration.outputScales.end(),
                                                  [](double scale) { return scale > 0; });
    if (!positive || calibration.inputZeroPoint < 0 || calibration.inputZeroPoint > 255)
        throw Error(Message{TL_MESSAGE("int8-calibration-damaged", "the int8 calibration is damaged (%1)"),
                            {"a scale or zero point out of range"}});
    return calibration;
}

} // namespace tl
