#include "Metrics.h"

#include "Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>

namespace tl {
namespace {

double ratio(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : 0.0;
}

int predictClass(const std::vector<double>& p, bool binary, int positive, double threshold)
{
    if (binary)
        return p[static_cast<std::size_t>(positive)] >= threshold ? positive : 1 - positive;
    return static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
}

// Sweeps the threshold over every distinct score, highest first; ties move together.
std::vector<RocPoint> rocCurve(const std::vector<int>& labels, const std::vector<double>& scores, int positive)
{
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    const double positives = static_cast<double>(std::count(labels.begin(), labels.end(), positive));
    const double negatives = static_cast<double>(labels.size()) - positives;
    std::vector<RocPoint> curve = {{0.0, 0.0, std::numeric_limits<double>::infinity()}};
    double truePositives = 0, falsePositives = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        (labels[order[k]] == positive ? truePositives : falsePositives) += 1;
        const bool lastOfTie = k + 1 == order.size() || scores[order[k + 1]] != scores[order[k]];
        if (lastOfTie)
            curve.push_back({ratio(falsePositives, negatives), ratio(truePositives, positives), scores[order[k]]});
    }
    return curve;
}

constexpr int kReliabilityBins = 10;

void addCalibration(Evaluation& e, const std::vector<int>& labels,
                    const std::vector<std::vector<double>>& probabilities)
{
    e.reliability.assign(kReliabilityBins, {});
    for (int b = 0; b < kReliabilityBins; ++b) {
        e.reliability[static_cast<std::size_t>(b)].lower = static_cast<double>(b) / kReliabilityBins;
        e.reliability[static_cast<std::size_t>(b)].upper = static_cast<double>(b + 1) / kReliabilityBins;
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double confidence = probabilities[i][static_cast<std::size_t>(e.predicted[i])];
        const int b = std::clamp(static_cast<int>(confidence * kReliabilityBins), 0, kReliabilityBins - 1);
        ReliabilityBin& bin = e.reliability[static_cast<std::size_t>(b)];
        ++bin.count;
        bin.meanConfidence += confidence;
        bin.accuracy += e.predicted[i] == labels[i] ? 1.0 : 0.0;
    }
    e.expectedCalibrationError = 0;
    for (ReliabilityBin& bin : e.reliability) {
        bin.meanConfidence = ratio(bin.meanConfidence, bin.count);
        bin.accuracy = ratio(bin.accuracy, bin.count);
        e.expectedCalibrationError +=
            ratio(bin.count, static_cast<double>(labels.size())) * std::abs(bin.accuracy - bin.meanConfidence);
    }
}

double areaUnder(const std::vector<RocPoint>& curve)
{
    double area = 0;
    for (std::size_t i = 1; i < curve.size(); ++i)
        area += (curve[i].falsePositiveRate - curve[i - 1].falsePositiveRate) *
                (curve[i].truePositiveRate + curve[i - 1].truePositiveRate) / 2.0;
    return area;
}

} // namespace

int defaultPositiveClass(const std::vector<std::string>& classes)
{
    for (std::size_t i = 0; i < classes.size(); ++i) {
        std::string name = classes[i];
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        if (name == "malignant")
            return static_cast<int>(i);
    }
    return classes.size() > 1 ? 1 : 0;
}

OperatingPoint operatingPointAt(const Evaluation& evaluation, double threshold)
{
    if (!evaluation.binary || evaluation.roc.empty())
        throw Error(Message{
            TL_MESSAGE("operating-point-needs-two-classes", "an operating point needs a two-class evaluation"), {}});
    // The curve runs from the highest threshold (nothing predicted positive) down: the point for
    // `threshold` is the last one still at or above it.
    RocPoint point = evaluation.roc.front();
    for (const RocPoint& candidate : evaluation.roc)
        if (candidate.threshold >= threshold)
            point = candidate;
    const auto positive = static_cast<std::size_t>(evaluation.positiveClass);
    const double positives = evaluation.perClass.at(positive).support;
    const double negatives = evaluation.perClass.at(1 - positive).support;
    const double truePositives = point.truePositiveRate * positives;
    const double falsePositives = point.falsePositiveRate * negatives;
    const double trueNegatives = negatives - falsePositives, falseNegatives = positives - truePositives;
    OperatingPoint result;
    result.threshold = threshold;
    result.sensitivity = point.truePositiveRate;
    result.specificity = ratio(trueNegatives, negatives);
    result.positivePredictiveValue = ratio(truePositives, truePositives + falsePositives);
    result.negativePredictiveValue = ratio(trueNegatives, trueNegatives + falseNegatives);
    result.falsePositiveRate = point.falsePositiveRate;
    return result;
}

std::optional<double> thresholdForSensitivity(const std::vector<int>& labels,
                                              const std::vector<std::vector<double>>& probabilities, int positiveClass,
                                              double targetSensitivity)
{
    std::vector<double> positives; // p(positive) of each positive sample
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == positiveClass)
            positives.push_back(probabilities.at(i).at(static_cast<std::size_t>(positiveClass)));
    if (positives.empty())
        return std::nullopt;
    std::sort(positives.begin(), positives.end(), std::greater<>());
    // The k-th highest score keeps k positives at or above the threshold.
    const auto needed =
        static_cast<std::size_t>(std::ceil(targetSensitivity * static_cast<double>(positives.size()) - 1e-9));
    return positives[std::clamp<std::size_t>(needed, 1, positives.size()) - 1];
}

Evaluation evaluatePredictions(const std::vector<int>& labels, const std::vector<std::vector<double>>& probabilities,
                               const std::vector<std::string>& classes, int positiveClass, double threshold)
{
    if (labels.size() != probabilities.size())
        throw Error(Message{TL_MESSAGE("labels-predictions-mismatch", "internal error: %1 labels for %2 predictions"),
                            {std::to_string(labels.size()), std::to_string(probabilities.size())}});
    const std::size_t k = classes.size();
    Evaluation e;
    e.classes = classes;
    e.count = static_cast<int>(labels.size());
    e.binary = k == 2;
    e.positiveClass = positiveClass;
    e.threshold = threshold;
    e.confusion.assign(k, std::vector<int>(k, 0));
    int correct = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const int predicted = predictClass(probabilities[i], e.binary, positiveClass, threshold);
        e.predicted.push_back(predicted);
        ++e.confusion[static_cast<std::size_t>(labels[i])][static_cast<std::size_t>(predicted)];
        correct += predicted == labels[i];
        e.loss -= std::log(std::max(probabilities[i][static_cast<std::size_t>(labels[i])], 1e-12));
    }
    e.accuracy = ratio(correct, e.count);
    e.loss = ratio(e.loss, e.count);
    addCalibration(e, labels, probabilities);
    for (std::size_t c = 0; c < k; ++c) {
        int predictedAsC = 0, actuallyC = 0;
        for (std::size_t other = 0; other < k; ++other) {
            predictedAsC += e.confusion[other][c];
            actuallyC += e.confusion[c][other];
        }
        ClassReport report{classes[c], ratio(e.confusion[c][c], predictedAsC), ratio(e.confusion[c][c], actuallyC), 0,
                           actuallyC};
        report.f1 = ratio(2 * report.precision * report.recall, report.precision + report.recall);
        e.perClass.push_back(report);
    }
    if (e.binary) {
        std::vector<double> scores;
        for (const auto& p : probabilities)
            scores.push_back(p[static_cast<std::size_t>(positiveClass)]);
        e.roc = rocCurve(labels, scores, positiveClass);
        e.auc = areaUnder(e.roc);
        e.sensitivity = e.perClass[static_cast<std::size_t>(positiveClass)].recall;
        e.specificity = e.perClass[static_cast<std::size_t>(1 - positiveClass)].recall;
        e.ppv = e.perClass[static_cast<std::size_t>(positiveClass)].precision;
        e.npv = e.perClass[static_cast<std::size_t>(1 - positiveClass)].precision;
    }
    e.intervals = bootstrapIntervals(labels, probabilities, static_cast<int>(k), positiveClass, threshold);
    return e;
}

std::optional<double> metricNamed(const Evaluation& e, const std::string& name)
{
    const std::map<std::string, double> always = {
        {"accuracy", e.accuracy}, {"loss", e.loss}, {"calibration_error", e.expectedCalibrationError}};
    const std::map<std::string, double> binary = {
        {"auc", e.auc}, {"sensitivity", e.sensitivity}, {"specificity", e.specificity}, {"ppv", e.ppv}, {"npv", e.npv}};
    if (always.count(name))
        return always.at(name);
    if (e.binary && binary.count(name))
        return binary.at(name);
    for (const ClassReport& report : e.perClass)
        if (name == "recall_" + report.name)
            return report.recall;
    return std::nullopt;
}

std::string toJson(const Evaluation& e)
{
    nlohmann::json json = {{"classes", e.classes}, {"count", e.count},         {"accuracy", e.accuracy},
                           {"loss", e.loss},       {"confusion", e.confusion}, {"binary", e.binary}};
    json["ece"] = e.expectedCalibrationError;
    for (const ReliabilityBin& bin : e.reliability)
        json["reliability"].push_back({{"lower", bin.lower},
                                       {"upper", bin.upper},
                                       {"count", bin.count},
                                       {"confidence", bin.meanConfidence},
                                       {"accuracy", bin.accuracy}});
    for (const ClassReport& r : e.perClass)
        json["per_class"].push_back(
            {{"name", r.name}, {"precision", r.precision}, {"recall", r.recall}, {"f1", r.f1}, {"support", r.support}});
    if (e.binary) {
        json["positive_class"] = e.classes[static_cast<std::size_t>(e.positiveClass)];
        json["threshold"] = e.threshold;
        json["auc"] = e.auc;
        json["sensitivity"] = e.sensitivity;
        json["specificity"] = e.specificity;
        json["ppv"] = e.ppv;
        json["npv"] = e.npv;
        for (const RocPoint& point : e.roc)
            json["roc"].push_back(
                {point.falsePositiveRate, point.truePositiveRate, std::isinf(point.threshold) ? 1.0 : point.threshold});
    }
    json["confidence_method"] = "bootstrap";
    json["bootstrap_resamples"] = e.intervals ? e.intervals->resamples : 0;
    json["confidence_intervals"] = nullptr; // too few images for an interval
    if (e.intervals)
        for (const auto& [name, interval] : e.intervals->metrics)
            json["confidence_intervals"][name] = {interval.lower, interval.upper};
    return json.dump();
}

Evaluation evaluationFromJson(const std::string& text)
{
    try {
        const nlohmann::json json = nlohmann::json::parse(text);
        Evaluation e;
        e.classes = json.at("classes").get<std::vector<std::string>>();
        e.count = json.at("count");
        e.accuracy = json.at("accuracy");
        e.loss = json.value("loss", 0.0);
        e.confusion = json.at("confusion").get<std::vector<std::vector<int>>>();
        e.binary = json.value("binary", false);
        e.expectedCalibrationError = json.value("ece", 0.0);
        for (const auto& bin : json.value("reliability", nlohmann::json::array()))
            e.reliability.push_back(
                {bin.at("lower"), bin.at("upper"), bin.at("count"), bin.at("confidence"), bin.at("accuracy")});
        for (const auto& r : json.value("per_class", nlohmann::json::array()))
            e.perClass.push_back({r.at("name"), r.at("precision"), r.at("recall"), r.at("f1"), r.at("support")});
        if (e.binary) {
            const std::string positive = json.at("positive_class");
            e.positiveClass =
                static_cast<int>(std::find(e.classes.begin(), e.classes.end(), positive) - e.classes.begin());
            e.threshold = json.at("threshold");
            e.auc = json.at("auc");
            e.sensitivity = json.at("sensitivity");
            e.specificity = json.at("specificity");
            // The positive and negative classes' precisions, as evaluatePredictions() sets them (a
            // record written before PPV and NPV were shown does not hold them itself).
            e.ppv = e.perClass.at(static_cast<std::size_t>(e.positiveClass)).precision;
            e.npv = e.perClass.at(static_cast<std::size_t>(1 - e.positiveClass)).precision;
            for (const auto& point : json.value("roc", nlohmann::json::array()))
                e.roc.push_back({point.at(0), point.at(1), point.at(2)});
        }
        const nlohmann::json intervals = json.value("confidence_intervals", nlohmann::json());
        if (intervals.is_object()) {
            e.intervals = ConfidenceIntervals{json.value("bootstrap_resamples", 0), {}};
            for (const auto& [name, bounds] : intervals.items())
                e.intervals->metrics[name] = {bounds.at(0), bounds.at(1)};
        }
        return e;
    } catch (const nlohmann::json::exception& error) {
        throw Error(Message{TL_MESSAGE("evaluation-record-invalid", "invalid evaluation record: %1"), {error.what()}});
    }
}

} // namespace tl
