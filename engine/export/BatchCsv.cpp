#include "BatchCsv.h"

#include "AtomicFile.h"

#include <cstdio>

namespace tl {
namespace {

std::string csvField(const std::string& value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (char c : value)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string probabilityText(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.9f", value);
    return text;
}

} // namespace

std::string batchCsv(const BatchClassification& batch, const ModelInfo& info)
{
    std::string csv = "image,class";
    for (const std::string& name : info.classes)
        csv += "," + csvField("probability_" + name);
    csv += ",refer,model_fingerprint\n";
    for (const ClassifiedImage& image : batch.images) {
        csv += csvField(image.path) + "," +
               csvField(info.classes.at(static_cast<std::size_t>(image.prediction.predictedClass)));
        for (double probability : image.prediction.probabilities)
            csv += "," + probabilityText(probability);
        csv += std::string(",") + (image.refer ? "1" : "0") + "," + info.fingerprint + "\n";
    }
    return csv;
}

void writeBatchCsv(const std::string& path, const BatchClassification& batch, const ModelInfo& info)
{
    writeFileAtomically(path, batchCsv(batch, info));
}

} // namespace tl
