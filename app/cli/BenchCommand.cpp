// transferlab-cli bench: the speed figures that matter to a user, each beside the PyTorch
// reference (bench/reference_torchvision.py) measured in the same run, on the same machine and
// the same images, so that every claim is a ratio anyone can rerun.
#include "CliCommon.h"
#include "Commands.h"

#include "BackboneBenchmark.h"
#include "Classifier.h"
#include "Dataset.h"
#include "Error.h"
#include "HeadBenchmark.h"
#include "Paths.h"
#include "PeakFlops.h"
#include "Runtime.h"
#include "TrainOptions.h"
#include "Training.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace cli {
namespace {

double peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) * 1024.0; // Linux reports KiB
}

// While it lives, what this process prints on stdout goes to stderr: with --json, stdout carries
// the JSON object alone, and the figures still appear as they are measured.
class StdoutToStderr {
public:
    StdoutToStderr() : m_saved(dup(STDOUT_FILENO))
    {
        std::fflush(stdout);
        dup2(STDERR_FILENO, STDOUT_FILENO);
    }
    ~StdoutToStderr()
    {
        std::fflush(stdout);
        dup2(m_saved, STDOUT_FILENO);
        close(m_saved);
    }
    StdoutToStderr(const StdoutToStderr&) = delete;
    StdoutToStderr& operator=(const StdoutToStderr&) = delete;

private:
    int m_saved;
};

struct Reference {
    QString python, script;
    bool enabled() const { return !script.isEmpty(); }

    // Runs the reference script and returns its JSON lines; throws tl::Error when it fails.
    QList<QJsonObject> run(const QStringList& args) const
    {
        QProcess process;
        process.start(python, QStringList{script} + args);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            throw tl::Error("the PyTorch reference failed (" + text(python + " " + script + " " + args.join(' ')) +
                            "): " + text(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
        QList<QJsonObject> lines;
        for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        return lines;
    }
};

// Keeps about `count` images, in proportion to each class, the first ones of each class folder.
void keepStratifiedSubset(tl::Dataset& dataset, std::size_t count)
{
    if (count == 0 || count >= dataset.images.size())
        return;
    const std::vector<int> perClass = dataset.countPerClass();
    std::vector<int> kept(perClass.size(), 0);
    std::vector<tl::ImageEntry> subset;
    for (const tl::ImageEntry& image : dataset.images) {
        const auto label = static_cast<std::size_t>(image.label);
        const double share = static_cast<double>(perClass[label]) / static_cast<double>(dataset.images.size());
        if (kept[label] < std::max(1, static_cast<int>(std::lround(share * static_cast<double>(count))))) {
            subset.push_back(image);
            ++kept[label];
        }
    }
    dataset.images = subset;
}

// How many fp32 FMAs' worth of arithmetic one instruction of this type does where this CPU has
// it: 2 for bf16 (vdpbf16ps), 4 for int8 (VNNI's vpdpbusd; AVX2's vpmaddubsw pair counts 2).
// AMX's tile units are not counted: on an AMX CPU the bf16 and int8 shares are upper bounds.
double peakFactor(tl::Precision precision)
{
    if (precision == tl::Precision::Bf16)
        return tl::cpuHasNativeBf16() ? 2.0 : 1.0;
    if (precision == tl::Precision::Int8)
        return tl::cpuHasInt8DotProduct() ? 4.0 : 2.0;
    return 1.0;
}

// The reference's images/s for a case, 0 where it did not run it (int8: PyTorch's own needs a
// calibration per model, so the reference measures fp32 and bf16 only).
double referenceImagesPerSecond(const QList<QJsonObject>& lines, tl::Precision precision, bool channelsLast, int batch)
{
    for (const QJsonObject& line : lines)
        if (line["bf16"].toBool() == (precision == tl::Precision::Bf16) && precision != tl::Precision::Int8 &&
            line["channels_last"].toBool() == channelsLast && line["batch"].toInt() == batch)
            return line["images_per_second"].toDouble();
    return 0;
}

void merge(QJsonObject& into, const QJsonObject& from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

QJsonObject benchThroughput(const QCommandLineParser& parser, const Reference& reference, tl::BackboneId backbone,
                            int imageSize)
{
    const QStringList batchList = (parser.isSet("batches") ? parser.value("batches") : QString("8,16")).split(',');
    const double seconds = doubleOption(parser, "seconds", 3.0);
    std::vector<tl::ThroughputCase> cases;
    const bool withBf16 = tl::cpuHasNativeBf16() || parser.isSet("bf16");
    using tl::Precision;
    for (const QString& batch : batchList)
        for (const auto& [precision, channelsLast] : {std::pair{Precision::Fp32, false},
                                                      {Precision::Fp32, true},
                                                      {Precision::Bf16, true},
                                                      {Precision::Int8, true}})
            if ((precision != Precision::Bf16 || withBf16) &&
                tl::supportsPrecision(tl::backboneSpec(backbone), precision))
                cases.push_back({precision, channelsLast, batch.toInt()});
    if (!withBf16)
        std::printf("bf16: not measured, this CPU emulates it (--bf16 measures it anyway)\n");
    // The share of the machine: against the fp32 FMA peak measured here, and for bf16 and int8
    // that peak times what one of their dot-product instructions does per fp32 FMA (flags).
    const tl::PeakFlops peak = tl::measurePeakFp32Flops(tl::threadCount(), 1.0);
    const double gflopPerImage = tl::backboneGflop(backbone, imageSize);
    std::printf("fp32 peak of this CPU: %.0f GFLOP/s (measured: %s loop on %d threads)\n", peak.gflops,
                peak.instructions.c_str(), peak.threads);
    std::printf("backbone throughput, %s conv base at %dx%d (%.2f GFLOP per image) on synthetic tensors:\n",
                tl::backboneSpec(backbone).displayName, imageSize, imageSize, gflopPerImage);
    const std::vector<tl::ThroughputResult> results =
        tl::measureBackboneThroughput(backbone, cases, "cpu", imageSize, seconds);
    QList<QJsonObject> referenceLines;
    if (reference.enabled())
        for (const QString& batch : batchList)
            referenceLines += reference.run({"throughput", "cpu", batch, QString::number(seconds),
                                             withBf16 ? "all" : "fp32-only", tl::toString(backbone)});
    QJsonArray rows;
    for (const tl::ThroughputResult& result : results) {
        // PyTorch's fp32 NCHW at this batch: torchvision as a user runs it, the baseline of every ratio.
        const double referenceRate =
            referenceImagesPerSecond(referenceLines, Precision::Fp32, false, result.setup.batchSize);
        const double sameCase = referenceImagesPerSecond(referenceLines, result.setup.precision,
                                                         result.setup.channelsLast, result.setup.batchSize);
        const double gflops = result.imagesPerSecond() * gflopPerImage;
        const double typePeak = peak.gflops * peakFactor(result.setup.precision);
        std::printf("  %-30s TransferLab %7.2f img/s %6.1f GFLOP/s %4.0f%% of %s peak",
                    tl::describe(result.setup).c_str(), result.imagesPerSecond(), gflops, 100.0 * gflops / typePeak,
                    tl::toString(result.setup.precision));
        if (referenceRate > 0)
            std::printf("   x%.2f PyTorch fp32 (%.2f img/s)", result.imagesPerSecond() / referenceRate, referenceRate);
        if (sameCase > 0 && result.setup.precision != Precision::Fp32)
            std::printf(", x%.2f PyTorch %s", result.imagesPerSecond() / sameCase,
                        tl::toString(result.setup.precision));
        std::printf("\n");
        rows.append(QJsonObject{{"case", QString::fromStdString(tl::describe(result.setup))},
                                {"precision", tl::toString(result.setup.precision)},
                                {"images_per_second", result.imagesPerSecond()},
                                {"gflops", gflops},
                                {"share_of_fp32_peak", gflops / peak.gflops},
                                {"share_of_type_peak", gflops / typePeak},
                                {"reference_images_per_second", referenceRate},
                                {"reference_same_case_images_per_second", sameCase}});
    }
    // The baseline of the end-to-end figures too: torchvision fp32 NCHW at the largest batch.
    const int baselineBatch = batchList.last().toInt();
    return QJsonObject{{"throughput", rows},
                       {"reference_fp32_nchw_images_per_second",
                        referenceImagesPerSecond(referenceLines, Precision::Fp32, false, baselineBatch)},
                       {"reference_fp32_nchw_batch", baselineBatch},
                       {"fp32_peak_gflops", peak.gflops},
                       {"fp32_peak_measured_with", QString::fromStdString(peak.instructions)}};
}

QJsonObject benchHeadEpoch(const tl::TrainConfig& config, std::int64_t images)
{
    const tl::HeadEpochTiming timing = tl::measureHeadEpoch(images, config, /*epochs=*/3);
    std::printf("head epoch on cached features: %lld images x %lld %s features: %.3f s\n",
                static_cast<long long>(timing.images), static_cast<long long>(timing.featureValues),
                tl::toString(config.head), timing.secondsPerEpoch);
    return QJsonObject{{"head_epoch_seconds", timing.secondsPerEpoch},
                       {"head_epoch_images", static_cast<qint64>(timing.images)}};
}

// The first extraction's rate (decoding and cache writes included) beside PyTorch fp32 NCHW's
// backbone alone, measured in this run's throughput figures.
QJsonObject benchExtractionRate(const tl::TrainingOutcome& first, std::size_t images, const QJsonObject& throughput)
{
    const double rate = static_cast<double>(images) / first.extractionSeconds;
    std::printf("  backbone setup %.1f s (%s), extraction %.1f s (%.2f images/s", first.setupSeconds,
                tl::toString(first.precision), first.extractionSeconds, rate);
    const double baseline = throughput["reference_fp32_nchw_images_per_second"].toDouble();
    if (baseline > 0)
        std::printf(", x%.2f PyTorch fp32 NCHW batch %d", rate / baseline,
                    throughput["reference_fp32_nchw_batch"].toInt());
    std::printf("), head training %.1f s\n", first.trainingSeconds);
    return QJsonObject{{"training_first_extraction_images_per_second", rate},
                       {"training_first_extraction_share_of_reference", baseline > 0 ? rate / baseline : 0.0}};
}

// A folder of new cases answered as predict() answers, in fp32 (Classifier::classify), against
// the bulk rate of the same images in fp32: a first training's extraction, decoding and cache
// writes included. The first training is that bulk figure when it ran in fp32; otherwise a
// one-epoch fp32 training measures it.
QJsonObject benchClassify(const tl::Dataset& dataset, const tl::TrainConfig& cold, const std::string& model,
                          const tl::TrainingOutcome& first, const QTemporaryDir& scratch)
{
    double bulkSeconds = first.extractionSeconds;
    if (first.precision != tl::Precision::Fp32) {
        tl::TrainConfig fp32 = cold;
        fp32.precision = tl::Precision::Fp32;
        fp32.epochs = 1;
        fp32.cacheDir = text(scratch.filePath("fp32-cache"));
        bulkSeconds =
            completed(tl::trainModel(dataset, fp32, text(scratch.filePath("fp32.h5")), false)).extractionSeconds;
    }
    const tl::Classifier classifier = tl::Classifier::open(model, cold.weightsPath);
    tl::ImageFolder folder;
    for (const tl::ImageEntry& image : dataset.images)
        folder.images.push_back(image.path);
    QElapsedTimer watch;
    watch.start();
    const tl::BatchClassification batch = completed(classifier.classify(folder));
    const double seconds = static_cast<double>(watch.nsecsElapsed()) / 1e9;
    const double images = static_cast<double>(dataset.images.size());
    const double rate = static_cast<double>(batch.images.size()) / seconds, bulkRate = images / bulkSeconds;
    std::printf("classify a folder (predict --dir, fp32 as one image is answered): %zu images in %.1f s, %.2f "
                "images/s = %.2f of the fp32 bulk extraction of the same images (%.2f images/s)\n",
                batch.images.size(), seconds, rate, rate / bulkRate, bulkRate);
    return QJsonObject{{"classify_images_per_second", rate},
                       {"classify_bulk_fp32_images_per_second", bulkRate},
                       {"classify_share_of_bulk", rate / bulkRate}};
}

QJsonObject benchTraining(const QCommandLineParser& parser, const Reference& reference, const tl::Dataset& dataset,
                          const tl::TrainConfig& config, const QJsonObject& throughput)
{
    const std::size_t images = dataset.images.size();
    QTemporaryDir scratch;
    tl::TrainConfig cold = config;
    cold.cacheDir = text(scratch.filePath("cache"));
    const std::string model = text(scratch.filePath("model.h5"));
    std::printf("training, %d epochs on %zu images of %s:\n", config.epochs, images, dataset.root.c_str());
    const tl::TrainingOutcome first = completed(tl::trainModel(dataset, cold, model, false));
    const double firstSeconds = first.setupSeconds + first.extractionSeconds + first.trainingSeconds;
    const tl::TrainingOutcome again = completed(tl::trainModel(dataset, cold, model, false));
    const double againSeconds = again.setupSeconds + again.extractionSeconds + again.trainingSeconds;

    double referenceSeconds = 0, referencePeakBytes = 0;
    QString how;
    if (reference.enabled()) {
        const int sample = intOption(parser, "reference-images", 32);
        const QJsonObject measured = reference
                                         .run({"train", parser.value("data"), QString::number(sample), "1",
                                               QString::number(config.imageSize), tl::toString(config.backbone)})
                                         .value(0);
        const double perImageEpoch = measured["seconds"].toDouble() / measured["images"].toDouble();
        referenceSeconds = perImageEpoch * static_cast<double>(images) * config.epochs;
        referencePeakBytes = measured["peak_resident_bytes"].toDouble();
        how = QString("measured on %1 images x 1 epoch in %2 s, scaled linearly to %3 images x %4 epochs")
                  .arg(measured["images"].toInt())
                  .arg(measured["seconds"].toDouble(), 0, 'f', 1)
                  .arg(images)
                  .arg(config.epochs);
    }
    auto line = [&](const char* label, double seconds) {
        std::printf("  %-34s TransferLab %9.1f s", label, seconds);
        if (referenceSeconds > 0)
            std::printf("   reference %9.1f s   speed-up x%.1f", referenceSeconds, referenceSeconds / seconds);
        std::printf("\n");
    };
    line("first run (features computed)", firstSeconds);
    line("re-run (features from the cache)", againSeconds);
    if (!how.isEmpty())
        std::printf("  reference: the notebook loop (base recomputed every epoch), %s\n", text(how).c_str());
    const tl::ExtractionProfile& profile = first.extractionProfile;
    const QJsonObject extractionRate = benchExtractionRate(first, images, throughput);
    std::printf("  extraction split: reading %.1f s, backbone %.1f s, waiting for decode %.1f s (decoding %.1f s on "
                "its own thread), cache writes %.1f s\n",
                profile.readingSeconds, profile.backboneSeconds, profile.waitingForDecodeSeconds,
                profile.decodingSeconds, profile.cacheWritingSeconds);
    QJsonObject figures = benchClassify(dataset, cold, model, first, scratch);
    merge(figures, extractionRate);
    merge(figures, QJsonObject{{"training_images", static_cast<qint64>(images)},
                               {"training_first_seconds", firstSeconds},
                               {"training_rerun_seconds", againSeconds},
                               {"training_first_precision", tl::toString(first.precision)},
                               {"training_first_extraction_profile", extractionProfileJson(profile)},
                               {"reference_training_seconds", referenceSeconds},
                               {"reference_scaling", how},
                               {"reference_peak_resident_bytes", referencePeakBytes}});
    return figures;
}

} // namespace

int runBench(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions({
        {"data", "Images for the end-to-end training figures (without it: synthetic tensors only).", "DIR"},
        {"images", "Use about N of the dataset's images, in proportion to each class (default: all).", "N"},
        {"weights", "The backbone's weights for the training figures (default: the weights folder's).", "FILE"},
        backboneOption(),
        {"epochs", "Epochs of the end-to-end training (default 10).", "N"},
        {"batches", "Batch sizes of the throughput figures (default 8,16).", "LIST"},
        {"seconds", "Seconds per throughput case (default 3).", "S"},
        {"bf16", "Measure bf16 even where this CPU emulates it (minutes per batch)."},
        {"image-size", "Input size in pixels (default 224).", "N"},
        {"reference", "The PyTorch reference script, bench/reference_torchvision.py (default: no reference).",
         "SCRIPT"},
        {"python", "The Python with torch and torchvision for the reference (default /usr/bin/python3).", "PYTHON"},
        {"reference-images", "Images the reference trains on before scaling to the dataset (default 32).", "N"},
    });
    parseCommandLine(parser, args,
                     "transferlab-cli bench [--data DIR] [--reference bench/reference_torchvision.py] [options]\n"
                     "Measures backbone throughput, head epochs and end-to-end training against PyTorch.");
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured, even into a file
    std::optional<StdoutToStderr> figuresOnStderr;
    if (parser.isSet("json"))
        figuresOnStderr.emplace();
    const Reference reference{parser.isSet("python") ? parser.value("python") : QString("/usr/bin/python3"),
                              parser.value("reference")};
    tl::TrainConfig config;
    config.backbone = backboneFrom(parser);
    config.imageSize = intOption(parser, "image-size", 224);
    config.epochs = intOption(parser, "epochs", 10);
    config.weightsPath = text(weightsOrDefault(parser, config.backbone));
    for (const auto& [option, value] : tl::backboneDefaults(config.backbone))
        option->set(config, value);
    try {
        tl::validate(config);
    } catch (const tl::Error& e) {
        throw UsageError(e);
    }
    std::printf("TransferLab bench: %d CPU threads (%d cores)%s\n", tl::threadCount(), QThread::idealThreadCount(),
                reference.enabled() ? ", PyTorch reference in the same run" : ", no reference (see --reference)");
    std::optional<tl::Dataset> dataset;
    if (parser.isSet("data")) {
        dataset = tl::scanDataset(text(parser.value("data")));
        keepStratifiedSubset(*dataset, static_cast<std::size_t>(intOption(parser, "images", 0)));
    }

    QJsonObject figures = benchThroughput(parser, reference, config.backbone, config.imageSize);
    // Without images, as many features as the skin-cancer dataset has images.
    merge(figures, benchHeadEpoch(config, dataset ? static_cast<std::int64_t>(dataset->images.size()) : 2637));
    if (dataset)
        merge(figures, benchTraining(parser, reference, *dataset, config, figures));
    figures["peak_resident_bytes"] = peakResidentBytes();
    std::printf("peak resident memory: TransferLab %.2f GB", peakResidentBytes() / 1e9);
    if (figures["reference_peak_resident_bytes"].toDouble() > 0)
        std::printf(", reference training %.2f GB", figures["reference_peak_resident_bytes"].toDouble() / 1e9);
    std::printf("\n");
    if (figuresOnStderr) {
        figuresOnStderr.reset();
        printJson(figures);
    }
    return kSuccess;
}

} // namespace cli
