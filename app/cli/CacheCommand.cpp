// transferlab-cli cache fill | status: the feature cache filled ahead of training, in shards.
#include "CliCommon.h"
#include "Commands.h"
#include "TrainingOptions.h"

#include "Dataset.h"
#include "Error.h"
#include "FeatureCache.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace cli {
namespace {

QString cacheUsage()
{
    return Cli::tr("usage: transferlab-cli cache fill|status --data DIR [options] (see 'cache fill --help')");
}

QList<QCommandLineOption> cacheOptions()
{
    return trainingOptions(TrainingCommand::Cache);
}

int environmentNumber(const char* name, int fallback)
{
    const char* value = std::getenv(name);
    return value && *value ? std::atoi(value) : fallback;
}

// Inside a Slurm array task: this task's shard, from the array's ids (--array=0-3, or 1-7:2).
std::optional<tl::Shard> slurmArrayShard()
{
    const int id = environmentNumber("SLURM_ARRAY_TASK_ID", -1);
    if (id < 0)
        return std::nullopt;
    const int first = environmentNumber("SLURM_ARRAY_TASK_MIN", 0);
    const int step = std::max(1, environmentNumber("SLURM_ARRAY_TASK_STEP", 1));
    const int count =
        environmentNumber("SLURM_ARRAY_TASK_COUNT", (environmentNumber("SLURM_ARRAY_TASK_MAX", id) - first) / step + 1);
    const tl::Shard shard{(id - first) / step, count};
    if (shard.index < 0 || shard.index >= shard.count)
        throw UsageError(Cli::tr("the Slurm array task %1 is not one of the array's %2 tasks")
                             .arg(QString::number(id), QString::number(count)));
    return shard;
}

tl::Shard shardOption(const QCommandLineParser& parser)
{
    if (parser.isSet("shard")) {
        try {
            return tl::shardFromString(text(parser.value("shard")));
        } catch (const tl::Error& e) {
            throw UsageError(e);
        }
    }
    return slurmArrayShard().value_or(tl::Shard{});
}

QString shardText(const tl::Shard& shard)
{
    return QString("%1/%2").arg(shard.index).arg(shard.count);
}

QJsonArray skippedJson(const std::vector<tl::SkippedFile>& files)
{
    QJsonArray array;
    for (const tl::SkippedFile& file : files)
        array.append(QJsonObject{{"path", QString::fromStdString(file.path)},
                                 {"reason", QString::fromStdString(file.reason.english())}});
    return array;
}

int runFill(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(cacheOptions() + QList<QCommandLineOption>{
                                           {"shard",
                                            Cli::tr("Compute shard K of N only (0 <= K < N), e.g. 2/4. Default: "
                                                    "inside a Slurm array task, its place in the array; elsewhere "
                                                    "every image."),
                                            "K/N"},
                                       });
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli cache fill --data DIR [--shard K/N] [options]\n"
                             "Computes the missing backbone features of a dataset (or of one shard of it) into the "
                             "feature cache, so that a training with the same settings computes none. Many of these "
                             "may run at once on one cache folder (a Slurm array, several machines on NFS)."));
    const QString dataDir = requiredOption(parser, "data");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Cache);
    const tl::Shard shard = shardOption(parser);
    const tl::Dataset dataset = tl::scanDataset(text(dataDir));
    warnSkipped(dataset.skipped);

    tl::CacheFillOutcome outcome;
    {
        ProgressLine progress(ProgressLine::Redirected::Log);
        outcome = completed(tl::fillFeatureCache(dataset, config, shard, progress.job()));
    }
    warnSkipped(outcome.failed);
    if (parser.isSet("json")) {
        printJson(QJsonObject{
            {"shard", shardText(shard)},
            {"images_in_shard", static_cast<qint64>(outcome.imagesInShard)},
            {"computed", static_cast<qint64>(outcome.computed)},
            {"from_cache", static_cast<qint64>(outcome.fromCache)},
            {"failed", skippedJson(outcome.failed)},
            {"damaged_recomputed", static_cast<qint64>(outcome.damagedRecomputed)},
            {"abandoned_temporary_files_removed", static_cast<qint64>(outcome.abandonedTemporaryFilesRemoved)},
            {"cache_folder", QString::fromStdString(outcome.folder)},
            {"precision", tl::toString(outcome.precision)},
            {"device", QString::fromStdString(outcome.device)},
            {"seconds", outcome.seconds}});
    } else {
        // The Slurm test reads "features: N computed" from the tasks' logs (in English).
        printLine(Cli::tr("shard %1: %2 images; features: %3 computed, %4 from cache, %5 failed (%6 s, %7 on %8)")
                      .arg(shardText(shard), QString::number(outcome.imagesInShard), QString::number(outcome.computed),
                           QString::number(outcome.fromCache), QString::number(outcome.failed.size()),
                           fixed(outcome.seconds, 1), tl::toString(outcome.precision),
                           QString::fromStdString(outcome.device)));
        if (outcome.damagedRecomputed > 0)
            printLine(Cli::tr("damaged entries recomputed: %1").arg(outcome.damagedRecomputed));
        if (outcome.abandonedTemporaryFilesRemoved > 0)
            printLine(Cli::tr("removed %1 temporary files that killed writers had left")
                          .arg(outcome.abandonedTemporaryFilesRemoved));
        printLine(Cli::tr("cache folder: %1").arg(QString::fromStdString(outcome.folder)));
    }
    if (outcome.cacheWriteError)
        throw tl::Error(
            tl::Message{TL_MESSAGE("feature-cache-not-written", "the feature cache could not be written: %1"),
                        {*outcome.cacheWriteError}});
    return kSuccess;
}

int runStatus(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(
        cacheOptions() +
        QList<QCommandLineOption>{
            {"shards", Cli::tr("Report which of N shards (as 'cache fill --shard K/N') are incomplete (default 1)."),
             "N"},
            {"verify", Cli::tr("Read every entry and check its checksum (slower; otherwise headers and sizes).")},
        });
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli cache status --data DIR [options]\n"
                             "How many of a dataset's features a training with these settings would find cached."));
    const QString dataDir = requiredOption(parser, "data");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Cache);
    const int shards = intOption(parser, "shards", 1);
    if (shards < 1)
        throw UsageError(Cli::tr("--shards must be at least 1"));
    const tl::Dataset dataset = tl::scanDataset(text(dataDir));

    tl::CacheStatus status;
    {
        ProgressLine progress;
        status = completed(tl::featureCacheStatus(dataset, config, shards, parser.isSet("verify"), progress.job()));
    }
    QJsonArray incomplete;
    QStringList incompleteText;
    for (int shard : status.incompleteShards) {
        incomplete.append(shard);
        incompleteText << QString::number(shard);
    }
    if (parser.isSet("json")) {
        printJson(QJsonObject{{"cached", static_cast<qint64>(status.cached)},
                              {"total", static_cast<qint64>(status.total)},
                              {"damaged", static_cast<qint64>(status.damaged)},
                              {"unreadable", static_cast<qint64>(status.unreadable)},
                              {"shards", shards},
                              {"incomplete_shards", incomplete},
                              {"verified", parser.isSet("verify")},
                              {"cache_folder", QString::fromStdString(status.folder)},
                              {"precision", tl::toString(status.precision)}});
    } else {
        printLine(Cli::tr("%1 of %2 features cached (%3) in %4")
                      .arg(QString::number(status.cached), QString::number(status.total),
                           tl::toString(status.precision), QString::fromStdString(status.folder)));
        if (status.damaged > 0)
            printLine(Cli::tr("damaged entries: %1 (recomputed when used)").arg(status.damaged));
        if (status.unreadable > 0)
            printLine(Cli::tr("unreadable images: %1").arg(status.unreadable));
        printLine(
            Cli::tr("incomplete shards of %1: %2")
                .arg(QString::number(shards), incompleteText.isEmpty() ? Cli::tr("none") : incompleteText.join(", ")));
    }
    return kSuccess;
}

} // namespace

int runCache(const QStringList& args)
{
    const QString verb = args.value(1);
    if (verb == "fill")
        return runFill(args.mid(1));
    if (verb == "status")
        return runStatus(args.mid(1));
    if (verb == "--help" || verb == "-h") {
        printLine(cacheUsage());
        return kSuccess;
    }
    throw UsageError(verb.isEmpty() ? cacheUsage() : Cli::tr("unknown cache command '%1' (fill or status)").arg(verb));
}

} // namespace cli
