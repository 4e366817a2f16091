// transferlab-cli slurm: a Slurm job array that fills the feature cache, one shard per task.
// Resubmitting the same script computes only what is still missing, so a cancelled or failed
// array is finished by submitting it again.
#include "CliCommon.h"
#include "Commands.h"
#include "TrainingOptions.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

namespace cli {
namespace {

// A word for bash: single-quoted, with single quotes closed, escaped and reopened.
QString shellQuoted(const QString& word)
{
    return "'" + QString(word).replace("'", "'\\''") + "'";
}

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

struct JobArray {
    int tasks = 1;
    QString partition, timeLimit;
    int cpusPerTask = 0, gpusPerTask = 0;
};

QString batchScript(const JobArray& job, const QString& scriptPath, const QStringList& fillCommand)
{
    QStringList lines = {
        "#!/bin/bash",
        "# Written by transferlab-cli slurm. Each task of the array computes one shard of the dataset's",
        "# backbone features into the shared cache (it reads its shard from SLURM_ARRAY_TASK_ID). Entries are",
        "# written atomically, so a task that is cancelled or dies leaves only complete ones: submitting",
        "# this script again computes only what is still missing.",
        "#SBATCH --job-name=transferlab-cache",
        QString("#SBATCH --array=0-%1").arg(job.tasks - 1),
        "#SBATCH --output=" +
            QString(QFileInfo(scriptPath).absolutePath() + "/" + QFileInfo(scriptPath).completeBaseName())
                .replace("%", "%%") +
            "-%A_%a.log",
    };
    if (!job.partition.isEmpty())
        lines << "#SBATCH --partition=" + job.partition;
    if (!job.timeLimit.isEmpty())
        lines << "#SBATCH --time=" + job.timeLimit;
    if (job.cpusPerTask > 0)
        lines << QString("#SBATCH --cpus-per-task=%1").arg(job.cpusPerTask);
    if (job.gpusPerTask > 0)
        lines << QString("#SBATCH --gpus-per-task=%1").arg(job.gpusPerTask);
    QStringList quoted;
    for (const QString& word : fillCommand)
        quoted << shellQuoted(word);
    lines << "set -euo pipefail"
          << "exec " + quoted.join(' ');
    return lines.join('\n') + "\n";
}

void writeScript(const QString& path, const QString& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit())
        throw tl::Error(text(Cli::tr("cannot write the batch script '%1': %2").arg(path, file.errorString())));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup);
}

// Submits the script with sbatch and returns the job id.
QString submit(const QString& scriptPath)
{
    QProcess sbatch;
    sbatch.start("sbatch", {"--parsable", scriptPath});
    if (!sbatch.waitForStarted())
        throw tl::Error(text(Cli::tr("cannot submit the job: 'sbatch' was not found (install Slurm's client, or run "
                                     "this on a login node of the cluster); the script is ready in '%1'")
                                 .arg(scriptPath)));
    sbatch.closeWriteChannel();
    if (!sbatch.waitForFinished(120000)) {
        sbatch.kill();
        throw tl::Error(text(Cli::tr("sbatch did not answer within 2 minutes: is slurmctld reachable?")));
    }
    const QString answer = QString::fromUtf8(sbatch.readAllStandardOutput()).trimmed();
    if (sbatch.exitStatus() != QProcess::NormalExit || sbatch.exitCode() != 0 || answer.isEmpty())
        throw tl::Error(text(Cli::tr("sbatch refused the job: %1")
                                 .arg(QString::fromUtf8(sbatch.readAllStandardError()).trimmed().replace('\n', ' '))));
    return answer.section(';', 0, 0); // --parsable: "id" or "id;cluster"
}

// A value that goes into an #SBATCH line must be one that Slurm accepts, nothing more: a newline
// would start a line of its own, which the shell runs as a command (or Slurm reads as another
// directive). Partitions: names of letters, digits, '_', '-' and '.', comma-separated (Slurm takes
// a list). Time limits: Slurm's forms, minutes, M:S, H:M:S, D-H, D-H:M and D-H:M:S, or
// UNLIMITED / INFINITE.
QString checkedSlurmValue(const QCommandLineParser& parser, const QString& name, const QRegularExpression& accepted,
                          const QString& expected)
{
    const QString value = parser.value(name);
    if (!value.isEmpty() && !accepted.match(value).hasMatch())
        throw UsageError(Cli::tr("--%1 '%2' is not a value Slurm accepts (expected %3)")
                             .arg(name, QString(value).replace('\n', "\\n").replace('\r', "\\r"), expected));
    return value;
}

QString partitionOption(const QCommandLineParser& parser)
{
    static const QRegularExpression names("^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$");
    return checkedSlurmValue(parser, "partition", names,
                             Cli::tr("a partition name of letters, digits, '_', '-' and '.', or several "
                                     "separated by commas"));
}

QString timeLimitOption(const QCommandLineParser& parser)
{
    static const QRegularExpression limits("^(\\d+(:\\d{1,2}){0,2}|\\d+-\\d{1,2}(:\\d{1,2}){0,2}|UNLIMITED|INFINITE)$",
                                           QRegularExpression::CaseInsensitiveOption);
    return checkedSlurmValue(parser, "time", limits, Cli::tr("HH:MM:SS, MM, MM:SS, D-HH, D-HH:MM or D-HH:MM:SS"));
}

// The script's own path goes into the #SBATCH --output line: no line breaks, and '%' doubled,
// since Slurm reads '%' there as the start of a pattern (%A, %a).
QString checkedScriptPath(const QString& path)
{
    if (path.contains('\n') || path.contains('\r'))
        throw UsageError(Cli::tr("--out must not contain a line break"));
    return path;
}

int positiveOption(const QCommandLineParser& parser, const QString& name, int fallback, int minimum)
{
    const int value = intOption(parser, name, fallback);
    if (value < minimum)
        throw UsageError(Cli::tr("--%1 must be at least %2").arg(name, QString::number(minimum)));
    return value;
}

} // namespace

int runSlurm(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(
        trainingOptions(TrainingCommand::Cache) +
        QList<QCommandLineOption>{
            {"tasks", Cli::tr("Array tasks, one shard each."), "N"},
            {"partition", Cli::tr("The Slurm partition (default: the cluster's default)."), "P"},
            {"time", Cli::tr("Time limit of each task, HH:MM:SS (default: the partition's)."), "HH:MM:SS"},
            {"cpus-per-task", Cli::tr("CPUs of each task (default: the cluster's default)."), "C"},
            {"gpus-per-task", Cli::tr("GPUs of each task; with 1 or more the tasks run on CUDA."), "G"},
            {"out", Cli::tr("Where to write the batch script (default: transferlab-cache.sbatch here)."), "SCRIPT"},
            {"submit", Cli::tr("Submit the script with sbatch and print the job id.")},
        });
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli slurm --data DIR --cache-dir DIR --tasks N [options] [--submit]\n"
                             "Writes a Slurm job-array script whose tasks fill the shared feature cache, one shard "
                             "each, and submits it with --submit. Afterwards 'train' with the same settings computes "
                             "no feature."));
    const QString dataDir = requiredOption(parser, "data");
    requiredOption(parser, "cache-dir");
    tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Cache);
    JobArray job;
    job.tasks = positiveOption(parser, "tasks", 0, 1);
    job.partition = partitionOption(parser);
    job.timeLimit = timeLimitOption(parser);
    job.cpusPerTask = positiveOption(parser, "cpus-per-task", 0, 0);
    job.gpusPerTask = positiveOption(parser, "gpus-per-task", 0, 0);
    if (job.gpusPerTask > 0)
        config.device = tl::DeviceChoice::Cuda;

    const QString scriptPath =
        checkedScriptPath(absolute(parser.isSet("out") ? parser.value("out") : "transferlab-cache.sbatch"));
    const QStringList fillCommand = {QCoreApplication::applicationFilePath(),
                                     "cache",
                                     "fill",
                                     "--backbone",
                                     tl::toString(config.backbone),
                                     "--data",
                                     absolute(dataDir),
                                     "--weights",
                                     absolute(QString::fromStdString(config.weightsPath)),
                                     "--cache-dir",
                                     absolute(QString::fromStdString(config.cacheDir)),
                                     "--image-size",
                                     QString::number(config.imageSize),
                                     "--augment",
                                     tl::toString(config.augmentation),
                                     "--precision",
                                     tl::toString(config.precision),
                                     "--device",
                                     tl::toString(config.device)};
    writeScript(scriptPath, batchScript(job, scriptPath, fillCommand));
    const QString jobId = parser.isSet("submit") ? submit(scriptPath) : QString();

    if (parser.isSet("json")) {
        QJsonObject json{{"script", scriptPath}, {"tasks", job.tasks}};
        if (!jobId.isEmpty())
            json["job_id"] = jobId;
        printJson(json);
    } else if (jobId.isEmpty()) {
        printLine(Cli::tr("wrote %1 (%n tasks); submit it with: sbatch %2", nullptr, job.tasks)
                      .arg(scriptPath, shellQuoted(scriptPath)));
    } else {
        printLine(Cli::tr("submitted job %1 (%n tasks, script %2); follow it with: squeue -j %1", nullptr, job.tasks)
                      .arg(jobId, scriptPath));
    }
    return kSuccess;
}

} // namespace cli
