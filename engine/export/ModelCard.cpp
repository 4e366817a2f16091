#include "ModelCard.h"

#include "ModelFile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>
#include <vector>

namespace tl {
namespace {

std::string intendedUse(const ModelInfo& info)
{
    return std::string("Research and teaching: exploring how well a frozen ImageNet ") +
           backboneSpec(info.config.backbone).displayName +
           " with a small trained head separates the classes of this dataset.";
}
constexpr const char* kDemoWeightsMark =
    "Demo weights: results are not meaningful. This model was trained on seeded random backbone weights, not "
    "ImageNet's: its features carry no knowledge of images, and its metrics say nothing about the task.";
constexpr const char* kNotADiagnosticDevice =
    "This model is NOT a diagnostic device. It has not been clinically validated or cleared by any regulator, "
    "and it must not be used to diagnose, screen for, treat or rule out any disease. A clinician must not rely "
    "on it for any decision about a patient.";
constexpr const char* kUncalibrated =
    "Its probabilities are not calibrated: a probability of 0.9 does not mean a 90% chance of disease.";

std::string backboneLicence(const ModelInfo& info)
{
    return std::string(backboneSpec(info.config.backbone).credit) +
           " Weights from elsewhere carry their own licence: check the fingerprint.";
}

std::string number(double value, int decimals = 3)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::vector<std::string> limitationsOf(const ModelInfo& info)
{
    const std::string calibration =
        info.config.temperatureScaling
            ? "Its probabilities were calibrated by temperature scaling on the validation split only (T = " +
                  number(info.result.temperature) + "); on other data a probability of 0.9 still need not mean a 90% " +
                  "chance of disease."
            : kUncalibrated;
    return {
        "It learned only from the images summarised above; its behaviour on other cameras, dermoscopes, clinics, "
        "populations and skin tones is unknown.",
        "The metrics come from small validation and test splits of the same source and carry wide uncertainty.",
        calibration,
        "It sees only the image: no history, no evolution over time, no other lesions.",
        "Images unlike the training data (other body sites, non-skin pictures) still get a confident-looking "
        "answer.",
    };
}

std::string configValue(const nlohmann::json& value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

// "0.840 (95% CI 0.810–0.870)", or the value alone where the evaluation has no interval for it.
std::string withInterval(const Evaluation& e, const std::string& metric, double value)
{
    if (!e.intervals || !e.intervals->metrics.count(metric))
        return number(value);
    const Interval interval = e.intervals->metrics.at(metric);
    return number(value) + " (95% CI " + number(interval.lower) + "–" + number(interval.upper) + ")";
}

void writeEvaluation(std::ostringstream& md, const std::string& title, const Evaluation& e)
{
    md << "### " << title << " (" << e.count << " images)\n\n"
       << "| metric | value |\n|---|---|\n"
       << "| accuracy | " << withInterval(e, "accuracy", e.accuracy) << " |\n"
       << "| loss (cross-entropy) | " << number(e.loss) << " |\n"
       << "| expected calibration error (10 bins) | " << number(e.expectedCalibrationError) << " |\n";
    if (e.binary) {
        const std::string at = " at threshold " + number(e.threshold, 2) + " | ";
        md << "| AUC | " << withInterval(e, "auc", e.auc) << " |\n"
           << "| sensitivity" << at << withInterval(e, "sensitivity", e.sensitivity) << " |\n"
           << "| specificity" << at << withInterval(e, "specificity", e.specificity) << " |\n"
           << "| positive predictive value" << at << withInterval(e, "ppv", e.ppv) << " |\n"
           << "| negative predictive value" << at << withInterval(e, "npv", e.npv) << " |\n";
    }
    md << "\n"
       << (e.intervals ? "Intervals: 95%, stratified bootstrap of these images (" +
                             std::to_string(e.intervals->resamples) + " resamples).\n"
                       : std::string("Too few images for confidence intervals.\n"));
    md << "\n| class | precision | recall | F1 | images |\n|---|---|---|---|---|\n";
    for (const ClassReport& c : e.perClass)
        md << "| " << c.name << " | " << number(c.precision) << " | " << number(c.recall) << " | " << number(c.f1)
           << " | " << c.support << " |\n";
    md << "\nConfusion matrix (rows: true class, columns: predicted class):\n\n|  |";
    for (const std::string& name : e.classes)
        md << " " << name << " |";
    md << "\n|---|";
    for (std::size_t i = 0; i < e.classes.size(); ++i)
        md << "---|";
    md << "\n";
    for (std::size_t row = 0; row < e.confusion.size(); ++row) {
        md << "| **" << e.classes.at(row) << "** |";
        for (int count : e.confusion[row])
            md << " " << count << " |";
        md << "\n";
    }
    md << "\n";
}

int countAt(const std::vector<int>& counts, std::size_t i)
{
    return i < counts.size() ? counts[i] : 0;
}

} // namespace

ModelInfo withoutLocalPaths(ModelInfo info)
{
    info.backbonePath.clear();
    info.config.weightsPath.clear();
    info.config.cacheDir.clear();
    return info;
}

std::string modelCardMarkdown(const ModelInfo& info)
{
    std::ostringstream md;
    const std::string name = info.data.name.empty() ? std::string("image") : info.data.name;
    md << "# Model card: " << name << " classifier\n\n"
       << "Made with TransferLab on " << info.createdAt << ".\n\n"
       << (info.demoWeights ? "**" + std::string(kDemoWeightsMark) + "**\n\n" : std::string())
       << "## Intended use and limitations\n\n"
       << "**" << kNotADiagnosticDevice << "**\n\n"
       << "Intended use: " << intendedUse(info) << "\n\nLimitations:\n\n";
    for (const std::string& limitation : limitationsOf(info))
        md << "- " << limitation << "\n";

    md << "\n## Model\n\n"
       << "- Model file fingerprint (SHA-256): "
       << (info.fingerprint.empty() ? std::string("none (a model file of format 1)") : "`" + info.fingerprint + "`")
       << "\n"
       << "- Backbone: " << backboneSpec(info.config.backbone).architecture << ", "
       << (info.config.fineTuneEpochs > 0
               ? std::string(backboneSpec(info.config.backbone).tunedLayers) + " fine-tuned with the head for " +
                     std::to_string(info.result.fineTuneHistory.size()) + " epochs at learning rate " +
                     configValue(info.config.fineTuneLearningRate)
               : std::string("frozen"))
       << ", " << info.preprocessing << " preprocessing, features computed in " << toString(info.backbonePrecision)
       << ".\n"
       << "- Backbone weights fingerprint (SHA-256): `" << info.backboneFingerprint << "`\n"
       << "- Backbone licence: " << backboneLicence(info) << "\n"
       << "- Head: " << (info.config.head == HeadType::Flatten ? "Flatten" : "global average pooling");
    if (info.config.hiddenUnits > 0)
        md << ", Dense(" << info.config.hiddenUnits << ") + ReLU + Dropout(" << number(info.config.dropout, 2) << ")";
    md << ", Dense(" << info.classes.size() << ") + softmax.\n"
       << "- Feature scaling: "
       << (info.config.featureScaling == FeatureScaling::Normalise
               ? "while the head trained, each feature was centred on its mean over the training images and all "
                 "were divided by one scale; that is folded into its first Dense layer (the saved head takes the "
                 "raw features)"
               : "none: the head trained on the raw features (the classic recipe)")
       << ".\n"
       << "- Input: RGB image resized to " << info.config.imageSize << "x" << info.config.imageSize
       << " (bilinear, antialiased).\n";
    if (info.classes.size() == 2)
        md << "- Decision: '" << info.classes.at(static_cast<std::size_t>(info.positiveClass))
           << "' when its probability is at least " << number(info.result.threshold, 3) << ".\n";

    md << "\n## Data\n\n"
       << "Dataset '" << name << "', content fingerprint (SHA-256 over class and image hashes): `"
       << info.data.fingerprint << "`\n\n"
       << "| class | train | validation | test |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < info.classes.size(); ++i)
        md << "| " << info.classes[i] << " | " << countAt(info.data.train, i) << " | "
           << countAt(info.data.validation, i) << " | " << countAt(info.data.test, i) << " |\n";
    md << "\n"
       << (info.data.grouping.empty()
               ? std::string("Splits drawn image by image: not grouped by patient or lesion.\n")
               : "Splits grouped by " + info.data.grouping + ": " + std::to_string(info.data.groups) +
                     " groups, none with images on two sides.\n");

    md << "\n## Training configuration\n\n| option | value |\n|---|---|\n";
    const nlohmann::json config = nlohmann::json::parse(toJson(info.config));
    for (const auto& [key, value] : config.items())
        if (key != "weights" && key != "cache_dir") // local paths
            md << "| " << key << " | " << configValue(value) << " |\n";
    if (info.result.bestEpoch >= 0)
        md << "\nKept the weights of epoch " << info.result.bestEpoch + 1 << " of " << info.result.history.size()
           << ".\n";

    md << "\n## Evaluation\n\n";
    if (info.result.validation)
        writeEvaluation(md, "Validation split", *info.result.validation);
    if (info.result.test)
        writeEvaluation(md, "Test split", *info.result.test);
    if (!info.result.validation && !info.result.test)
        md << "No evaluation was recorded.\n";
    return md.str();
}

std::string modelCardJson(const ModelInfo& info)
{
    nlohmann::json limitations = nlohmann::json::array();
    for (const std::string& limitation : limitationsOf(info))
        limitations.push_back(limitation);
    const nlohmann::json card = {
        {"card_format_version", 1},
        {"model", nlohmann::json::parse(modelInfoToJson(withoutLocalPaths(info)))},
        {"model_fingerprint", info.fingerprint.empty() ? nlohmann::json() : nlohmann::json(info.fingerprint)},
        {"backbone",
         {{"architecture", backboneSpec(info.config.backbone).architecture},
          {"parameters", backboneSpec(info.config.backbone).parameters},
          {"fingerprint_sha256", info.backboneFingerprint},
          {"licence", backboneLicence(info)}}},
        {"intended_use", intendedUse(info)},
        {"not_a_diagnostic_device", true},
        {"warning", kNotADiagnosticDevice},
        {"demo_weights", info.demoWeights},
        {"limitations", limitations},
    };
    return card.dump(2) + "\n";
}

} // namespace tl
