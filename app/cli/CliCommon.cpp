#include "CliCommon.h"

#include "TrainingOptions.h"

#include "Error.h"
#include "Paths.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace cli {

void parseCommandLine(QCommandLineParser& parser, const QStringList& args, const QString& usageLine)
{
    parser.addHelpOption();
    parser.addOption({"json", Cli::tr("Print the result as one JSON object on stdout.")});
    parser.setApplicationDescription(usageLine);
    if (!parser.parse(args))
        throw UsageError(text(parser.errorText()));
    if (parser.isSet("help")) {
        std::cout << text(parser.helpText());
        throw HelpShown{};
    }
}

std::string text(const QString& value)
{
    return value.toStdString();
}

QString requiredOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        throw UsageError(Cli::tr("missing --%1 (see --help)").arg(name));
    return parser.value(name);
}

int intOption(const QCommandLineParser& parser, const QString& name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok)
        throw UsageError(Cli::tr("--%1 expects a whole number, got '%2'").arg(name, parser.value(name)));
    return value;
}

double doubleOption(const QCommandLineParser& parser, const QString& name, double fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok)
        throw UsageError(Cli::tr("--%1 expects a number, got '%2'").arg(name, parser.value(name)));
    return value;
}

QCommandLineOption deviceCommandLineOption()
{
    return commandLineOption(tl::trainOption("device"));
}

void addReferRuleOptions(QCommandLineParser& parser)
{
    const tl::ReferRule defaults;
    parser.addOptions({
        {"refer-band",
         Cli::tr("Two classes: also refer images whose positive-class probability is up to this much below the "
                 "model's threshold (default %1).")
             .arg(defaults.band),
         "X"},
        {"refer-below",
         Cli::tr("More than two classes: refer images whose top probability is below this (default %1).")
             .arg(defaults.minimumConfidence),
         "X"},
    });
}

double fractionOption(const QCommandLineParser& parser, const QString& name, double fallback)
{
    const double value = doubleOption(parser, name, fallback);
    if (value < 0 || value > 1)
        throw UsageError(Cli::tr("--%1 must be between 0 and 1").arg(name));
    return value;
}

tl::ReferRule referRuleFrom(const QCommandLineParser& parser)
{
    const tl::ReferRule defaults;
    return {fractionOption(parser, "refer-band", defaults.band),
            fractionOption(parser, "refer-below", defaults.minimumConfidence)};
}

QJsonObject referRuleJson(const tl::ReferRule& rule, const tl::ModelInfo& info)
{
    if (info.classes.size() != 2)
        return {{"minimum_confidence", rule.minimumConfidence}};
    return {{"positive_class", QString::fromStdString(info.classes[static_cast<std::size_t>(info.positiveClass)])},
            {"threshold", info.result.threshold},
            {"band", rule.band},
            {"refers_from", info.result.threshold - rule.band}};
}

QCommandLineOption backboneOption()
{
    return commandLineOption(tl::trainOption("backbone"));
}

tl::BackboneId backboneFrom(const QCommandLineParser& parser)
{
    try {
        return tl::backboneFromString(text(parser.isSet("backbone") ? parser.value("backbone") : "vgg16"));
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
}

QString weightsOrDefault(const QCommandLineParser& parser, tl::BackboneId backbone)
{
    return parser.isSet("weights") ? parser.value("weights") : QString::fromStdString(tl::defaultWeightsPath(backbone));
}

void addModelOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"model", Cli::tr("The trained model file."), "MODEL"},
        {"weights", Cli::tr("The backbone weights, when they are not where the model was trained."), "FILE"},
        deviceCommandLineOption(),
    });
}

QCommandLineOption ttaCommandLineOption()
{
    return {"tta", Cli::tr("Test-time augmentation: average over each image's 8 flips and rotations (8x the backbone "
                           "work).")};
}

tl::DeviceChoice deviceOption(const QCommandLineParser& parser)
{
    try {
        return tl::deviceFromString(text(parser.isSet("device") ? parser.value("device") : "auto"));
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
}

tl::Classifier openModel(const QCommandLineParser& parser)
{
    const QString modelPath = requiredOption(parser, "model");
    tl::Classifier classifier =
        tl::Classifier::open(text(modelPath), text(parser.value("weights")), deviceOption(parser));
    warnIfDemoWeights(classifier.info().demoWeights);
    return classifier;
}

void warnIfDemoWeights(bool demoWeights)
{
    if (demoWeights)
        printWarning(Cli::tr("demo weights (seeded random, not ImageNet's): the results are not meaningful"));
}

namespace {

void printErrorLine(const QString& message)
{
    std::cerr << text(Cli::tr("error: %1").arg(message)) << "\n";
}

} // namespace

void printError(const std::exception& error)
{
    printErrorLine(tl::i18n::errorText(error));
}

void printWarning(const QString& warning)
{
    std::cerr << text(Cli::tr("warning: %1").arg(warning)) << "\n";
}

void printLine(const QString& line)
{
    std::cout << text(line) << "\n";
}

QString fixed(double value, int decimals)
{
    char buffer[400]; // DBL_MAX has 309 digits before the point
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals).ptr;
    return QString::fromLatin1(buffer, end - buffer).replace('.', QLocale().decimalPoint());
}

int runGuarded(const std::function<int()>& body)
{
    try {
        return body();
    } catch (const HelpShown&) {
        return kSuccess;
    } catch (const UsageError& e) {
        printError(e);
        return kUsage;
    } catch (const tl::Error& e) {
        printError(e);
        return kFailure;
    } catch (const std::exception& e) {
        printErrorLine(Cli::tr("unexpected failure: %1").arg(QString::fromLocal8Bit(e.what())));
        return kFailure;
    }
}

ProgressLine::ProgressLine(Redirected redirected)
    : m_enabled(isatty(STDERR_FILENO) == 1), m_logTenths(!m_enabled && redirected == Redirected::Log)
{}

ProgressLine::~ProgressLine()
{
    if (m_dirty)
        std::cerr << "\n";
}

void ProgressLine::update(const QString& phase, std::size_t done, std::size_t total, double secondsLeft)
{
    const int tenths = total ? static_cast<int>(10 * done / total) : 10;
    if (m_logTenths && tenths != m_loggedTenths) {
        m_loggedTenths = tenths;
        std::cerr << "[" << text(phase) << "] " << done << "/" << total << " (" << tenths * 10 << "%)" << std::endl;
    }
    const auto now = std::chrono::steady_clock::now();
    if (!m_enabled || (done < total && now - m_lastDraw < std::chrono::milliseconds(100)))
        return;
    m_lastDraw = now;
    const int percent = total ? static_cast<int>(100.0 * done / total) : 100;
    QString line = QString("\r[%1] %2/%3 (%4%)").arg(phase).arg(done).arg(total).arg(percent);
    if (secondsLeft >= 0) {
        const int seconds = static_cast<int>(secondsLeft + 0.5);
        line += " " + Cli::tr("ETA %1:%2")
                          .arg(QString::number(seconds / 60), QString::number(seconds % 60).rightJustified(2, '0'));
    }
    std::cerr << text(line.leftJustified(60)) << std::flush;
    m_dirty = true;
}

void ProgressLine::update(const tl::ProgressReport& report)
{
    update(tl::i18n::messageText(tl::phaseName(report.phase)), report.done, report.total, report.secondsLeft);
}

tl::Job ProgressLine::job()
{
    tl::Job job;
    job.onProgress = [this](const tl::ProgressReport& report) { update(report); };
    return job;
}

QJsonObject toJsonObject(const std::string& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

QJsonValue fingerprintJson(const std::string& fingerprint)
{
    return fingerprint.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromStdString(fingerprint));
}

void printJson(const QJsonObject& object)
{
    std::cout << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

QJsonObject extractionProfileJson(const tl::ExtractionProfile& profile)
{
    return QJsonObject{{"reading_seconds", profile.readingSeconds},
                       {"decoding_seconds", profile.decodingSeconds},
                       {"waiting_for_decode_seconds", profile.waitingForDecodeSeconds},
                       {"backbone_seconds", profile.backboneSeconds},
                       {"cache_writing_seconds", profile.cacheWritingSeconds}};
}

void warnSkipped(const std::vector<tl::SkippedFile>& skipped, std::size_t from)
{
    for (std::size_t i = from; i < skipped.size(); ++i)
        printWarning(Cli::tr("skipped %1: %2")
                         .arg(QString::fromStdString(skipped[i].path), tl::i18n::messageText(skipped[i].reason)));
}

namespace {

// A table cell: right-aligned in `width` characters (not bytes, so that accented words line up).
QString cell(const QString& value, int width)
{
    return " " + value.rightJustified(width);
}

} // namespace

QString withInterval(const tl::Evaluation& e, const std::string& metric, double value)
{
    if (!e.intervals || !e.intervals->metrics.count(metric))
        return fixed(value, 4);
    const tl::Interval interval = e.intervals->metrics.at(metric);
    return Cli::tr("%1  95% CI %2–%3").arg(fixed(value, 4), fixed(interval.lower, 4), fixed(interval.upper, 4));
}

void printEvaluation(const tl::Evaluation& e)
{
    // The labels in one column, as wide as the longest in the user's language (12 in English).
    const QString labels[] = {Cli::tr("images"),      Cli::tr("accuracy"), Cli::tr("loss"),
                              Cli::tr("ECE"),         Cli::tr("AUC"),      Cli::tr("sensitivity"),
                              Cli::tr("specificity"), Cli::tr("PPV"),      Cli::tr("NPV")};
    int labelWidth = 12;
    for (const QString& label : labels)
        labelWidth = std::max(labelWidth, static_cast<int>(label.size()) + 1);
    auto row = [&](const QString& label, const QString& value) { printLine(label.leftJustified(labelWidth) + value); };
    row(labels[0],
        QString::number(e.count) +
            (e.intervals ? "  " + Cli::tr("(intervals: stratified bootstrap, %1 resamples)").arg(e.intervals->resamples)
                         : "  " + Cli::tr("(too few images for confidence intervals)")));
    row(labels[1], withInterval(e, "accuracy", e.accuracy));
    row(labels[2], fixed(e.loss, 4));
    row(labels[3], fixed(e.expectedCalibrationError, 4) + "  " + Cli::tr("(expected calibration error, 10 bins)"));
    if (e.binary) {
        row(labels[4], withInterval(e, "auc", e.auc));
        const QString positive = QString::fromStdString(e.classes[static_cast<std::size_t>(e.positiveClass)]);
        row(labels[5], withInterval(e, "sensitivity", e.sensitivity) + "  " +
                           Cli::tr("(positive class '%1', threshold %2)").arg(positive, fixed(e.threshold, 3)));
        row(labels[6], withInterval(e, "specificity", e.specificity));
        row(labels[7], withInterval(e, "ppv", e.ppv));
        row(labels[8], withInterval(e, "npv", e.npv));
    }

    const QString headers[] = {Cli::tr("precision"), Cli::tr("recall"), Cli::tr("f1"), Cli::tr("support")};
    int widths[] = {9, 9, 9, 8};
    QString header = Cli::tr("class").leftJustified(20);
    for (int c = 0; c < 4; ++c) {
        widths[c] = std::max(widths[c], static_cast<int>(headers[c].size()));
        header += cell(headers[c], widths[c]);
    }
    printLine("\n" + header);
    for (const tl::ClassReport& r : e.perClass)
        printLine(QString::fromStdString(r.name).leftJustified(20) + cell(fixed(r.precision, 4), widths[0]) +
                  cell(fixed(r.recall, 4), widths[1]) + cell(fixed(r.f1, 4), widths[2]) +
                  cell(QString::number(r.support), widths[3]));

    printLine("\n" + Cli::tr("confusion matrix (rows: true class, columns: predicted)"));
    QString columns = QString().leftJustified(20);
    for (const std::string& name : e.classes)
        columns += " " + QString::fromStdString(name).left(10).rightJustified(10);
    printLine(columns);
    for (std::size_t r = 0; r < e.classes.size(); ++r) {
        QString line = QString::fromStdString(e.classes[r]).left(20).leftJustified(20);
        for (int count : e.confusion[r])
            line += cell(QString::number(count), 10);
        printLine(line);
    }
    std::cout << std::flush;
}

} // namespace cli
