#pragma once
// The dataset a command works on: --data (and --test where the command takes one), grouped by
// --metadata or --group-pattern so that no split puts a patient's or lesion's images on two sides,
// and the splits as --json lists them for audit.
#include "Dataset.h"
#include "ImageGroups.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <optional>

namespace cli {

// --metadata FILE and --group-pattern REGEX.
QList<QCommandLineOption> groupingOptions();
// The --metadata file, read (a usage error when it is unreadable or malformed).
std::optional<tl::ImageMetadata> metadataFrom(const QCommandLineParser& parser);
// Scans --data (required), adds --test when `takesTest` and it is given, and groups the images by
// --metadata or --group-pattern (a usage error when both are given).
tl::Dataset datasetFrom(const QCommandLineParser& parser, bool takesTest);
// {"train": [...], "validation": [...], "test": [...]}: each split's images, relative to the dataset
// folder (absolute for an external test folder).
QJsonObject splitsJson(const tl::Dataset& dataset);

} // namespace cli
