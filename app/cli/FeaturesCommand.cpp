#include "CliCommon.h"
#include "Commands.h"

#include "Dataset.h"
#include "Embeddings.h"
#include "Error.h"

#include <QFileInfo>
#include <QSaveFile>

#include <map>

namespace cli {
namespace {

void commit(QSaveFile& file)
{
    if (!file.commit())
        throw tl::Error(text(Cli::tr("cannot write '%1': %2").arg(file.fileName(), file.errorString())));
}

void open(QSaveFile& file)
{
    if (!file.open(QIODevice::WriteOnly))
        throw tl::Error(text(Cli::tr("cannot create '%1': %2").arg(file.fileName(), file.errorString())));
}

// NumPy's .npy format, version 1.0: magic, header length, a Python dict literal, raw float32 rows.
void writeNpy(const QString& path, const tl::Embeddings& embeddings)
{
    QByteArray header = QString("{'descr': '<f4', 'fortran_order': False, 'shape': (%1, %2), }")
                            .arg(embeddings.paths.size())
                            .arg(embeddings.dimension)
                            .toLatin1();
    const int unpadded = 10 + header.size() + 1;
    header.append(QByteArray((64 - unpadded % 64) % 64, ' ')).append('\n');
    QSaveFile file(path);
    open(file);
    file.write("\x93NUMPY\x01\x00", 8);
    const quint16 length = static_cast<quint16>(header.size());
    const char lengthBytes[2] = {static_cast<char>(length & 0xFF), static_cast<char>(length >> 8)};
    file.write(lengthBytes, 2);
    file.write(header);
    file.write(reinterpret_cast<const char*>(embeddings.values.data()),
               static_cast<qint64>(embeddings.values.size() * sizeof(float)));
    commit(file);

    QSaveFile paths(QFileInfo(path).path() + "/" + QFileInfo(path).completeBaseName() + ".paths.txt");
    open(paths);
    for (const std::string& imagePath : embeddings.paths)
        paths.write(QByteArray::fromStdString(imagePath + "\n"));
    commit(paths);
}

QByteArray csvField(const std::string& value)
{
    QByteArray field = QByteArray::fromStdString(value);
    if (field.contains(',') || field.contains('"') || field.contains('\n'))
        field = '"' + field.replace("\"", "\"\"") + '"';
    return field;
}

void writeCsv(const QString& path, const tl::Embeddings& embeddings, const std::map<std::string, std::string>& labels)
{
    QSaveFile file(path);
    open(file);
    QByteArray header = "path,label";
    for (std::size_t d = 0; d < embeddings.dimension; ++d)
        header += ",f" + QByteArray::number(static_cast<qulonglong>(d));
    file.write(header + "\n");
    for (std::size_t row = 0; row < embeddings.paths.size(); ++row) {
        const auto label = labels.find(embeddings.paths[row]);
        QByteArray line = csvField(embeddings.paths[row]) + "," + csvField(label == labels.end() ? "" : label->second);
        for (std::size_t d = 0; d < embeddings.dimension; ++d)
            line += "," + QByteArray::number(embeddings.values[row * embeddings.dimension + d], 'g', 9);
        file.write(line + "\n");
    }
    commit(file);
}

} // namespace

int runFeatures(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {"weights",
         Cli::tr("The backbone's weights: Keras .h5 (notop) or a TorchScript features module (.pt) (default: the "
                 "weights folder's)."),
         "FILE"},
        backboneOption(),
        {"out", Cli::tr("Output file: .npy (float32 N x D, with FILE.paths.txt) or .csv (path,label,f0..)."), "FILE"},
        {"data", Cli::tr("A dataset folder: every image, in the index order."), "DIR"},
        {"pool", Cli::tr("avg (default), max or flatten."), "MODE"},
        {"precision", Cli::tr("auto, fp32 (default: exact numbers) or bf16."), "MODE"},
        {"image-size", Cli::tr("Input size in pixels, a multiple of 32 (default 224)."), "N"},
        deviceCommandLineOption(),
    });
    parser.addPositionalArgument("IMAGE", Cli::tr("Images, when --data is not given."), "[IMAGE...]");
    parseCommandLine(parser, args,
                     Cli::tr("transferlab-cli features [--backbone vgg16|mobilenetv2] [--weights FILE] --out "
                             "FILE.csv|FILE.npy (--data DIR | IMAGE...)\nWrites the frozen backbone's embeddings for "
                             "use in other tools."));
    const tl::BackboneId backbone = backboneFrom(parser);
    const QString weights = weightsOrDefault(parser, backbone);
    const QString out = requiredOption(parser, "out");
    const bool npy = out.endsWith(".npy", Qt::CaseInsensitive);
    if (!npy && !out.endsWith(".csv", Qt::CaseInsensitive))
        throw UsageError(Cli::tr("--out must end in .npy or .csv"));
    if (parser.isSet("data") == !parser.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("give either --data DIR or image files, not both and not neither"));
    const int imageSize = intOption(parser, "image-size", 224);
    if (imageSize < 32 || imageSize % 32 != 0)
        throw UsageError(Cli::tr("--image-size must be a multiple of 32, at least 32"));

    std::vector<std::string> paths;
    std::map<std::string, std::string> labels;
    if (parser.isSet("data")) {
        const tl::Dataset dataset = tl::scanDataset(text(parser.value("data")));
        for (const tl::ImageEntry& image : dataset.images) {
            paths.push_back(image.path);
            labels[image.path] = dataset.classes[static_cast<std::size_t>(image.label)];
        }
    } else {
        for (const QString& image : parser.positionalArguments())
            paths.push_back(text(image));
    }
    tl::Pooling pooling;
    tl::Precision precision;
    const tl::DeviceChoice device = deviceOption(parser);
    try {
        pooling = tl::poolingFromString(text(parser.value("pool").isEmpty() ? "avg" : parser.value("pool")));
        precision =
            tl::precisionFromString(text(parser.value("precision").isEmpty() ? "fp32" : parser.value("precision")));
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
    tl::Embeddings embeddings;
    {
        ProgressLine progress;
        embeddings = completed(tl::computeEmbeddings(backbone, text(weights), paths, imageSize, pooling, precision,
                                                     device, progress.job()));
    }
    warnSkipped(embeddings.skipped);
    if (embeddings.paths.empty())
        throw tl::Error(text(Cli::tr("no image could be read")));
    npy ? writeNpy(out, embeddings) : writeCsv(out, embeddings, labels);
    if (parser.isSet("json"))
        printJson(QJsonObject{{"out", out},
                              {"rows", static_cast<qint64>(embeddings.paths.size())},
                              {"dimension", static_cast<qint64>(embeddings.dimension)},
                              {"skipped", static_cast<qint64>(embeddings.skipped.size())}});
    else
        printLine(Cli::tr("wrote %1 x %2 features to %3")
                      .arg(QString::number(embeddings.paths.size()), QString::number(embeddings.dimension), out));
    return kSuccess;
}

} // namespace cli
