#include "CliCommon.h"

#include "TrainingOptions.h"

#include "Error.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace cli {

void parseCommandLine(QCommandLineParser& parser, const QStringList& args, const QString& usageLine)
{
    parser.addHelpOption();
    parser.addOption({"json", "Print the result as one JSON object on stdout."});
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
        throw UsageError("missing --" + text(name) + " (see --help)");
    return parser.value(name);
}

int intOption(const QCommandLineParser& parser, const QString& name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok)
        throw UsageError("--" + text(name) + " expects a whole number, got '" + text(parser.value(name)) + "'");
    return value;
}

double doubleOption(const QCommandLineParser& parser, const QString& name, double fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok)
        throw UsageError("--" + text(name) + " expects a number, got '" + text(parser.value(name)) + "'");
    return value;
}

QCommandLineOption deviceCommandLineOption()
{
    return commandLineOption(tl::trainOption("device"));
}

void addModelOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"model", "The trained model file.", "MODEL"},
        {"weights", "The backbone weights, when they are not where the model was trained.", "FILE"},
        deviceCommandLineOption(),
    });
}

QCommandLineOption ttaCommandLineOption()
{
    return {"tta", "Test-time augmentation: average over each image's 8 flips and rotations (8x the backbone work)."};
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
        printWarning(QCoreApplication::translate(
            "cli", "demo weights (seeded random, not ImageNet's): the results are not meaningful"));
}

void printError(const std::exception& error)
{
    std::cerr << text(QCoreApplication::translate("cli", "error: %1").arg(tl::i18n::errorText(error))) << "\n";
}

void printWarning(const QString& warning)
{
    std::cerr << text(QCoreApplication::translate("cli", "warning: %1").arg(warning)) << "\n";
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
        std::cerr << "error: unexpected failure: " << e.what() << "\n";
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

bool ProgressLine::update(const QString& phase, std::size_t done, std::size_t total, double secondsLeft)
{
    const int tenths = total ? static_cast<int>(10 * done / total) : 10;
    if (m_logTenths && tenths != m_loggedTenths) {
        m_loggedTenths = tenths;
        std::cerr << "[" << text(phase) << "] " << done << "/" << total << " (" << tenths * 10 << "%)" << std::endl;
    }
    const auto now = std::chrono::steady_clock::now();
    if (!m_enabled || (done < total && now - m_lastDraw < std::chrono::milliseconds(100)))
        return true;
    m_lastDraw = now;
    const int percent = total ? static_cast<int>(100.0 * done / total) : 100;
    QString line = QString("\r[%1] %2/%3 (%4%)").arg(phase).arg(done).arg(total).arg(percent);
    if (secondsLeft >= 0) {
        const int seconds = static_cast<int>(secondsLeft + 0.5);
        line += QString(" ETA %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0'));
    }
    std::cerr << text(line.leftJustified(60)) << std::flush;
    m_dirty = true;
    return true;
}

bool ProgressLine::update(tl::Phase phase, std::size_t done, std::size_t total, double secondsLeft)
{
    return update(tl::i18n::messageText(tl::phaseName(phase)), done, total, secondsLeft);
}

bool ProgressLine::update(const tl::ProgressReport& report)
{
    return update(report.phase, report.done, report.total, report.secondsLeft);
}

QJsonObject toJsonObject(const std::string& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

void printJson(const QJsonObject& object)
{
    std::cout << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

void warnSkipped(const std::vector<tl::SkippedFile>& skipped, std::size_t from)
{
    for (std::size_t i = from; i < skipped.size(); ++i)
        printWarning(QCoreApplication::translate("cli", "skipped %1: %2")
                         .arg(QString::fromStdString(skipped[i].path), tl::i18n::messageText(skipped[i].reason)));
}

void printEvaluation(const tl::Evaluation& e)
{
    std::printf(
        "images      %d\naccuracy    %.4f\nloss        %.4f\nECE         %.4f  (expected calibration error, 10 bins)\n",
        e.count, e.accuracy, e.loss, e.expectedCalibrationError);
    if (e.binary) {
        std::printf("AUC         %.4f\n", e.auc);
        std::printf("sensitivity %.4f  (positive class '%s', threshold %.3f)\n", e.sensitivity,
                    e.classes[static_cast<std::size_t>(e.positiveClass)].c_str(), e.threshold);
        std::printf("specificity %.4f\n", e.specificity);
    }
    std::printf("\n%-20s %9s %9s %9s %8s\n", "class", "precision", "recall", "f1", "support");
    for (const tl::ClassReport& r : e.perClass)
        std::printf("%-20s %9.4f %9.4f %9.4f %8d\n", r.name.c_str(), r.precision, r.recall, r.f1, r.support);
    std::printf("\nconfusion matrix (rows: true class, columns: predicted)\n%-20s", "");
    for (const std::string& name : e.classes)
        std::printf(" %10.10s", name.c_str());
    std::printf("\n");
    for (std::size_t row = 0; row < e.classes.size(); ++row) {
        std::printf("%-20.20s", e.classes[row].c_str());
        for (int count : e.confusion[row])
            std::printf(" %10d", count);
        std::printf("\n");
    }
    std::fflush(stdout);
}

} // namespace cli
