// transferlab-cli cache fill | status: the feature cache filled ahead of training, in shards.
#include "CliCommon.h"
#include "Commands.h"
#include "TrainingOptions.h"

#include "Dataset.h"
#include "Error.h"
#include "FeatureCache.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace cli {
namespace {

const char* kCacheUsage = "usage: transferlab-cli cache fill|status --data DIR [options] (see 'cache fill --help')";

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
        throw UsageError("the Slurm array task " + std::to_string(id) + " is not one of the array's " +
                         std::to_string(count) + " tasks");
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
                                            "Compute shard K of N only (0 <= K < N), e.g. 2/4. Default: inside a "
                                            "Slurm array task, its place in the array; elsewhere every image.",
                                            "K/N"},
                                       });
    parseCommandLine(parser, args,
                     "transferlab-cli cache fill --data DIR [--shard K/N] [options]\n"
                     "Computes the missing VGG16 features of a dataset (or of one shard of it) into the feature "
                     "cache, so that a training with the same settings computes none. Many of these may run at "
                     "once on one cache folder (a Slurm array, several machines on NFS).");
    const QString dataDir = requiredOption(parser, "data");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Cache);
    const tl::Shard shard = shardOption(parser);
    const tl::Dataset dataset = tl::scanDataset(text(dataDir));
    warnSkipped(dataset.skipped);

    tl::CacheFillOutcome outcome;
    {
        ProgressLine progress(ProgressLine::Redirected::Log);
        outcome = tl::fillFeatureCache(dataset, config, shard, [&](std::size_t done, std::size_t total) {
            return progress.update("filling the feature cache", done, total);
        });
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
        std::printf("shard %s: %zu images; features: %zu computed, %zu from cache, %zu failed (%.1f s, %s on %s)\n",
                    text(shardText(shard)).c_str(), outcome.imagesInShard, outcome.computed, outcome.fromCache,
                    outcome.failed.size(), outcome.seconds, tl::toString(outcome.precision), outcome.device.c_str());
        if (outcome.damagedRecomputed > 0)
            std::printf("damaged entries recomputed: %zu\n", outcome.damagedRecomputed);
        if (outcome.abandonedTemporaryFilesRemoved > 0)
            std::printf("removed %zu temporary files that killed writers had left\n",
                        outcome.abandonedTemporaryFilesRemoved);
        std::printf("cache folder: %s\n", outcome.folder.c_str());
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
            {"shards", "Report which of N shards (as 'cache fill --shard K/N') are incomplete (default 1).", "N"},
            {"verify", "Read every entry and check its checksum (slower; otherwise headers and sizes)."},
        });
    parseCommandLine(parser, args,
                     "transferlab-cli cache status --data DIR [options]\n"
                     "How many of a dataset's features a training with these settings would find cached.");
    const QString dataDir = requiredOption(parser, "data");
    const tl::TrainConfig config = trainingConfigFrom(parser, TrainingCommand::Cache);
    const int shards = intOption(parser, "shards", 1);
    if (shards < 1)
        throw UsageError("--shards must be at least 1");
    const tl::Dataset dataset = tl::scanDataset(text(dataDir));

    tl::CacheStatus status;
    {
        ProgressLine progress;
        status = tl::featureCacheStatus(dataset, config, shards, parser.isSet("verify"),
                                        [&](std::size_t done, std::size_t total) {
                                            return progress.update("checking the feature cache", done, total);
                                        });
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
        std::printf("%zu of %zu features cached (%s) in %s\n", status.cached, status.total,
                    tl::toString(status.precision), status.folder.c_str());
        if (status.damaged > 0)
            std::printf("damaged entries: %zu (recomputed when used)\n", status.damaged);
        if (status.unreadable > 0)
            std::printf("unreadable images: %zu\n", status.unreadable);
        std::printf("incomplete shards of %d: %s\n", shards,
                    incompleteText.isEmpty() ? "none" : text(incompleteText.join(", ")).c_str());
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
        std::cout << kCacheUsage << "\n";
        return kSuccess;
    }
    throw UsageError(verb.isEmpty() ? kCacheUsage : "unknown cache command '" + text(verb) + "' (fill or status)");
}

} // namespace cli
