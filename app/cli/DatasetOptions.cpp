#include "CliCommon.h"
#include "DatasetOptions.h"

#include <QJsonArray>

namespace cli {

QList<QCommandLineOption> groupingOptions()
{
    return {
        {"metadata",
         Cli::tr("A CSV about the images: a header, a column image (paths relative to the dataset folder), a column "
                 "group (the patient or lesion) and any others. The splits never put one group on two sides."),
         "FILE"},
        {"group-pattern",
         Cli::tr("Group the images by the part of their file name that this regular expression's first capture "
                 "group matches, e.g. ^(ISIC_\\d+)_ (instead of a metadata file)."),
         "REGEX"},
    };
}

tl::Dataset datasetFrom(const QCommandLineParser& parser, bool takesTest)
{
    const QString dataDir = requiredOption(parser, "data");
    if (parser.isSet("metadata") && parser.isSet("group-pattern"))
        throw UsageError(QCoreApplication::translate( // Cli::tr's context, which lupdate misreads here
            "cli", "--metadata and --group-pattern both say how to group the images: give one"));
    tl::Dataset dataset = tl::scanDataset(text(dataDir));
    if (takesTest && parser.isSet("test"))
        tl::addTestFolder(dataset, text(parser.value("test")));
    try {
        if (const std::optional<tl::ImageMetadata> metadata = metadataFrom(parser))
            tl::groupByMetadata(dataset, *metadata);
        if (parser.isSet("group-pattern"))
            tl::groupByPattern(dataset, text(parser.value("group-pattern")));
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
    return dataset;
}

std::optional<tl::ImageMetadata> metadataFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet("metadata"))
        return std::nullopt;
    try {
        return tl::readImageMetadata(text(parser.value("metadata")));
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
}

QJsonObject splitsJson(const tl::Dataset& dataset)
{
    QJsonArray train, validation, test;
    for (const tl::ImageEntry& image : dataset.images)
        (image.split == tl::Split::Train        ? train
         : image.split == tl::Split::Validation ? validation
                                                : test)
            .append(QString::fromStdString(tl::datasetRelativePath(dataset, image.path)));
    return {{"train", train}, {"validation", validation}, {"test", test}};
}

} // namespace cli
