#pragma once
// What every transferlab-cli command shares: option parsing with --help, the exit-code and
// error-line conventions, progress on a terminal, and JSON or text output. The human-readable
// lines follow the user's language (Cli::tr); --json output and exit codes never do.
#include "Classifier.h"
#include "Error.h"
#include "ExtractionProfile.h"
#include "Job.h"
#include "Metrics.h"
#include "TrainingTypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <chrono>
#include <exception>
#include <stdexcept>
#include <string>

namespace cli {

// The CLI's own words in the user's language, from the catalogue's "cli" context:
// Cli::tr("model written to %1").arg(path). Option names, file names and --json output stay as they are.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

enum ExitCode { kSuccess = 0, kFailure = 1, kUsage = 2 };

// Bad command line: exit 2. A tl::Error, so that an engine's message it passes on (an unknown
// device, a value out of range) keeps its identifier and reaches the user translated.
class UsageError : public tl::Error {
public:
    using tl::Error::Error;
    explicit UsageError(const tl::Error& engineError) : tl::Error(engineError) {}
    // The CLI's own, already in the user's language (Cli::tr).
    explicit UsageError(const QString& message) : tl::Error(message.toStdString()) {}
};

// --help was printed: exit 0 without doing anything else.
struct HelpShown {};

// Parses args (args[0] is the command name) with --help and --json added; usageLine is the
// synopsis and description that --help shows, already translated. Throws UsageError or HelpShown.
void parseCommandLine(QCommandLineParser& parser, const QStringList& args, const QString& usageLine);

QString requiredOption(const QCommandLineParser& parser, const QString& name);
int intOption(const QCommandLineParser& parser, const QString& name, int fallback);
double doubleOption(const QCommandLineParser& parser, const QString& name, double fallback);
std::string text(const QString& value);

// "error: …" on stderr, in the user's language (the exit code and --json output never change with it).
void printError(const std::exception& error);
// "warning: …" on stderr, `warning` already in the user's language.
void printWarning(const QString& warning);
// A human-readable line (already in the user's language) on stdout.
void printLine(const QString& line);
// The number as printf's %.*f writes it in the C locale (English lines stay as they were), with
// the user's locale's decimal point: 0.8260, 0,8260 in Portuguese.
QString fixed(double value, int decimals);
// Runs a command body, mapping exceptions to the error line and exit code.
int runGuarded(const std::function<int()>& body);

// The result of an engine job that the CLI ran to its end: it never cancels one.
template <typename T> T completed(tl::JobResult<T> result)
{
    return std::move(result.value());
}

// "\r[phase] done/total (p%) ETA mm:ss" on stderr when stderr is a terminal. Elsewhere (a
// batch job's log) nothing, or with Redirected::Log one plain line at every tenth of the work.
class ProgressLine {
public:
    enum class Redirected { Silent, Log };
    explicit ProgressLine(Redirected redirected = Redirected::Silent);
    ~ProgressLine();
    void update(const QString& phase, std::size_t done, std::size_t total, double secondsLeft = -1);
    // The engine's phase, named in the user's language.
    void update(const tl::ProgressReport& report);
    // A job for an engine call whose every phase this line shows (the CLI never cancels one).
    tl::Job job();

private:
    bool m_enabled;
    bool m_logTenths;
    int m_loggedTenths = -1;
    bool m_dirty = false;
    std::chrono::steady_clock::time_point m_lastDraw;
};

// --model, --weights and --device, shared by the commands that use a trained model.
void addModelOptions(QCommandLineParser& parser);
// Opens the model named by those options (usage error when --model is missing).
tl::Classifier openModel(const QCommandLineParser& parser);
tl::DeviceChoice deviceOption(const QCommandLineParser& parser);
QCommandLineOption deviceCommandLineOption();
// --refer-band and --refer-below (ReferRule.h), their values, and the rule as JSON.
void addReferRuleOptions(QCommandLineParser& parser);
tl::ReferRule referRuleFrom(const QCommandLineParser& parser);
// A number option that must lie in 0..1 (a usage error otherwise).
double fractionOption(const QCommandLineParser& parser, const QString& name, double fallback);
QJsonObject referRuleJson(const tl::ReferRule& rule, const tl::ModelInfo& info);
// --backbone (the training option's flag and help) and its value; vgg16 when not given.
QCommandLineOption backboneOption();
tl::BackboneId backboneFrom(const QCommandLineParser& parser);
// --weights, else where the app keeps the backbone's weights.
QString weightsOrDefault(const QCommandLineParser& parser, tl::BackboneId backbone);
// --tta, for the commands that classify.
QCommandLineOption ttaCommandLineOption();

QJsonObject toJsonObject(const std::string& json);
void printJson(const QJsonObject& object);
// A model's fingerprint for --json "model_fingerprint": its 64 hex digits, or null where it has
// none (a version 1 model file, a TorchScript export).
QJsonValue fingerprintJson(const std::string& fingerprint);
// Where a training's extraction time went, as train --json and bench --json report it.
QJsonObject extractionProfileJson(const tl::ExtractionProfile& profile);
// The warning on stderr that results come from demo weights, when they do.
void warnIfDemoWeights(bool demoWeights);
// "warning: skipped PATH: REASON" on stderr for each file from index `from` on.
void warnSkipped(const std::vector<tl::SkippedFile>& skipped, std::size_t from = 0);
void printEvaluation(const tl::Evaluation& evaluation);
// "0.8400  95% CI 0.8100–0.8700", or the value alone where the evaluation has no interval for it.
QString withInterval(const tl::Evaluation& evaluation, const std::string& metric, double value);

} // namespace cli
