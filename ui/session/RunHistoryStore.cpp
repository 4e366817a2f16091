#include "RunHistoryStore.h"

#include "Error.h"
#include "Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tl::ui {
namespace {

QJsonValue engineJson(const std::string& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

std::string engineText(const QJsonValue& value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).toStdString();
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

// The run result as the engine writes it (the model file holds the same), with what only the app
// keeps: when, which model file, the options and the per-batch curve.
QJsonObject toJson(const RunRecord& run)
{
    QJsonArray batches;
    for (const BatchReport& b : run.batches)
        batches.append(numbers({double(b.epoch), double(b.batch), double(b.batchesPerEpoch), b.loss, b.accuracy}));
    QJsonObject json = engineJson(tl::toJson(run.result)).toObject();
    json["finished_at"] = run.finishedAt.toString(Qt::ISODateWithMs);
    json["model"] = run.modelPath;
    json["model_written_at"] = run.modelWrittenAt.toString(Qt::ISODateWithMs);
    json["config"] = engineJson(tl::toJson(run.config));
    json["batches"] = batches;
    return json;
}

RunRecord fromJson(const QJsonObject& json)
{
    RunRecord run;
    run.finishedAt = QDateTime::fromString(json["finished_at"].toString(), Qt::ISODateWithMs);
    run.modelPath = json["model"].toString();
    run.modelWrittenAt = QDateTime::fromString(json["model_written_at"].toString(), Qt::ISODateWithMs);
    run.config = trainConfigFromJson(engineText(json["config"]));
    for (const QJsonValue& row : json["batches"].toArray()) {
        const QJsonArray b = row.toArray();
        run.batches.push_back({b[0].toInt(), b[1].toInt(), b[2].toInt(), b[3].toDouble(), b[4].toDouble()});
    }
    run.result = runResultFromJson(engineText(json));
    // Histories written before the run result had its one writer kept each epoch as an array.
    for (const QJsonValue& row : json["epochs"].toArray()) {
        const QJsonArray e = row.toArray();
        // NaN (no validation split) is not JSON: it comes back as null, read as NaN again.
        auto value = [&](int k) { return e[k].isDouble() ? e[k].toDouble() : std::nan(""); };
        run.result.history.push_back({e[0].toInt(), value(1), value(2), value(3), value(4), value(5)});
    }
    return run;
}

} // namespace

QString defaultRunHistoryPath()
{
    return toQString(defaultDataDir()) + "/run-history.json";
}

std::vector<RunRecord> loadRunHistory(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<RunRecord> runs;
    try {
        for (const QJsonValue& run : QJsonDocument::fromJson(file.readAll()).array())
            runs.push_back(fromJson(run.toObject()));
    } catch (const Error&) {
        return {};
    }
    return runs;
}

bool saveRunHistory(const QString& path, const std::vector<RunRecord>& runs)
{
    QJsonArray array;
    for (const RunRecord& run : runs)
        array.append(toJson(run));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(array).toJson(QJsonDocument::Compact)) >= 0 &&
           file.commit();
}

} // namespace tl::ui
