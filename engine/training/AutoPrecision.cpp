#include "AutoPrecision.h"

#include "AtomicFile.h"
#include "BackboneBenchmark.h"
#include "BackboneSetup.h"
#include "Error.h"
#include "Paths.h"
#include "PhaseProgress.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace tl {
namespace {

constexpr std::size_t kHeldOutImages = 32;
constexpr double kSpeedProbeSeconds = 0.3;
constexpr int kSpeedProbeBatch = 4;
// The guard's heads are ridge-regularised: 32 images in 512 dimensions are separable, and an
// unregularised head grows without bound along whichever direction noise favours, so that two
// heads on features 0.5% apart would disagree for no reason of the features'.
constexpr double kHeadRidge = 0.01;

// This CPU as far as speed goes: its name and the instruction sets that decide which path wins
// (two "AMD EPYC" machines, one with AVX-512 and one without, are different CPUs here).
std::string cpuIdentity()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line, name = "unknown CPU";
    while (std::getline(cpuinfo, line))
        if (line.rfind("model name", 0) == 0) {
            name = line.substr(line.find(':') + 2);
            break;
        }
    return name + (cpuHasNativeBf16() ? " +bf16" : "") + (cpuHasInt8DotProduct() ? " +int8dot" : "") + " x" +
           std::to_string(at::get_num_threads());
}

std::string choicesFile(const TrainConfig& config)
{
    const std::string cacheDir = cacheDirOrDefault(config.cacheDir);
    return cacheDir.empty() ? "" : cacheDir + "/precision-choices.json";
}

std::string choiceKey(const TrainConfig& config)
{
    return cpuIdentity() + " | " + Backbone::fingerprintOf(config.weightsPath) + " | " +
           std::to_string(config.imageSize);
}

nlohmann::json readChoices(const std::string& file)
{
    std::ifstream in(file);
    if (file.empty() || !in)
        return nlohmann::json::object();
    try {
        nlohmann::json choices = nlohmann::json::parse(in);
        return choices.is_object() ? choices : nlohmann::json::object();
    } catch (const nlohmann::json::exception&) {
        return nlohmann::json::object(); // damaged: measured again and rewritten
    }
}

void remember(const TrainConfig& config, const PrecisionChoice& choice)
{
    const std::string file = choicesFile(config);
    if (file.empty())
        return;
    nlohmann::json choices = readChoices(file);
    nlohmann::json candidates = nlohmann::json::array();
    for (const PrecisionCandidate& candidate : choice.candidates)
        candidates.push_back(
            {{"precision", toString(candidate.precision)},
             {"images_per_second", candidate.imagesPerSecond},
             {"feature_error", candidate.featureError ? nlohmann::json(*candidate.featureError) : nullptr},
             {"agreement", candidate.agreement ? nlohmann::json(*candidate.agreement) : nullptr},
             {"passed", candidate.passed}});
    choices[choiceKey(config)] = {{"chosen", toString(choice.chosen)}, {"candidates", candidates}};
    try {
        std::error_code ignored;
        std::filesystem::create_directories(std::filesystem::path(file).parent_path(), ignored);
        writeFileAtomically(file, choices.dump(1));
    } catch (const Error&) {
        // Unwritable cache: the next run measures again.
    }
}

// Each path's images/s here, fastest first. bf16 only where the CPU has it (emulated, it is some
// 30 times slower than fp32 and would only cost the measurement).
std::vector<PrecisionCandidate> measureSpeeds(BackboneId backbone, int imageSize, const Job& job)
{
    std::vector<ThroughputCase> cases = {{Precision::Fp32, true, kSpeedProbeBatch}};
    if (cpuHasNativeBf16())
        cases.push_back({Precision::Bf16, true, kSpeedProbeBatch});
    if (supportsPrecision(backboneSpec(backbone), Precision::Int8) && QuantizedVgg16::available())
        cases.push_back({Precision::Int8, true, kSpeedProbeBatch});
    std::vector<PrecisionCandidate> candidates;
    PhaseProgress progress(job, Phase::MeasuringPrecisions);
    for (const ThroughputCase& path : cases) {
        progress.report(candidates.size(), cases.size());
        const ThroughputResult result =
            measureBackboneThroughput(backbone, {path}, "cpu", imageSize, kSpeedProbeSeconds).front();
        candidates.push_back({result.setup.precision, result.imagesPerSecond(), {}, {}, false});
    }
    progress.report(cases.size(), cases.size());
    std::sort(candidates.begin(), candidates.end(), [](const PrecisionCandidate& a, const PrecisionCandidate& b) {
        return a.imagesPerSecond > b.imagesPerSecond;
    });
    return candidates;
}

// A linear head on channel-averaged features, trained full-batch from zero (deterministic); its
// decisions on `test`.
torch::Tensor linearDecisions(const torch::Tensor& train, const std::vector<int>& labels, const torch::Tensor& test,
                              int classes)
{
    torch::Tensor x = train.mean({2, 3}), y = torch::tensor(std::vector<std::int64_t>(labels.begin(), labels.end()));
    const torch::Tensor mean = x.mean(0), spread = x.std(0).clamp_min(1e-6);
    x = (x - mean) / spread;
    torch::Tensor weight = torch::zeros({x.size(1), classes}, torch::requires_grad());
    torch::Tensor bias = torch::zeros({classes}, torch::requires_grad());
    torch::optim::Adam optimizer({weight, bias}, torch::optim::AdamOptions(0.05));
    for (int step = 0; step < 200; ++step) {
        optimizer.zero_grad();
        const torch::Tensor loss =
            torch::nn::functional::cross_entropy(torch::matmul(x, weight) + bias, y) + kHeadRidge * weight.pow(2).sum();
        loss.backward();
        optimizer.step();
    }
    torch::NoGradGuard noGrad;
    return (torch::matmul((test.mean({2, 3}) - mean) / spread, weight) + bias).argmax(1);
}

double relativeError(const torch::Tensor& value, const torch::Tensor& reference)
{
    return ((value - reference).norm() / reference.norm().clamp_min(1e-12)).item<double>();
}

} // namespace

std::optional<Precision> rememberedAutomaticPrecision(const TrainConfig& config)
{
    const nlohmann::json choices = readChoices(choicesFile(config));
    const auto found = choices.find(choiceKey(config));
    if (found == choices.end() || !found->contains("chosen") || !found->at("chosen").is_string())
        return std::nullopt;
    try {
        return precisionFromString(found->at("chosen").get<std::string>());
    } catch (const Error&) {
        return std::nullopt;
    }
}

ChosenBackbone chooseBackbone(const Dataset& dataset, const TrainConfig& config, const Job& job)
{
    ChosenBackbone chosen;
    chosen.choice.candidates = measureSpeeds(config.backbone, config.imageSize, job);
    const std::shared_ptr<Backbone> fp32 =
        loadWeights(config.backbone, config.weightsPath, Precision::Fp32, config.device, job);

    // The guard's images: the calibration draw and the next ones, held out from it.
    const CalibrationDraw draw = drawInt8Calibration(dataset, config.seed, kInt8CalibrationImages + kHeldOutImages);
    const PreprocessMode mode = fp32->preprocessing();
    const DrawnImages drawn = decodeDrawn(draw, 0, kInt8CalibrationImages, config.imageSize, mode);
    DrawnImages heldOut = decodeDrawn(draw, kInt8CalibrationImages, draw.paths.size(), config.imageSize, mode);
    if (!heldOut.images.defined()) // a dataset of a few images: the guard sees the drawn ones
        heldOut = drawn;

    const int classes = static_cast<int>(dataset.classes.size());
    torch::Tensor fp32Drawn, fp32HeldOut, fp32Decisions;
    PhaseProgress guard(job, Phase::CheckingPrecision);
    std::size_t checked = 0;
    for (PrecisionCandidate& candidate : chosen.choice.candidates) {
        guard.report(checked++, chosen.choice.candidates.size());
        if (candidate.precision == Precision::Fp32) {
            candidate.passed = true;
            chosen.backbone = fp32;
            break; // the slower paths cannot win
        }
        if (!drawn.images.defined())
            continue; // nothing to guard with: not chosen
        std::shared_ptr<Backbone> fast;
        if (candidate.precision == Precision::Int8) {
            Int8Backbone int8 = loadInt8Backbone(dataset, config, job, &drawn);
            fast = int8.backbone;
            if (!fp32Drawn.defined())
                fp32Drawn = int8.fp32Features; // its calibration ran fp32 on the drawn images
        } else {
            TrainConfig pinned = config;
            pinned.precision = candidate.precision;
            fast = loadConfiguredBackbone(dataset, pinned, job);
        }
        guard.report(checked - 1, chosen.choice.candidates.size()); // its weights are in: the guard's own work
        if (!fp32Decisions.defined()) {
            if (!fp32Drawn.defined())
                fp32Drawn = fp32->extract(drawn.images);
            fp32HeldOut = fp32->extract(heldOut.images);
            fp32Decisions = linearDecisions(fp32Drawn, drawn.labels, fp32HeldOut, classes);
        }
        const torch::Tensor fastHeldOut = fast->extract(heldOut.images);
        candidate.featureError = relativeError(fastHeldOut, fp32HeldOut);
        const torch::Tensor decisions =
            linearDecisions(fast->extract(drawn.images), drawn.labels, fastHeldOut, classes);
        candidate.agreement = decisions.eq(fp32Decisions).to(torch::kFloat64).mean().item<double>();
        const double tolerance = candidate.precision == Precision::Int8 ? kInt8Tolerance : Backbone::kBf16Tolerance;
        candidate.passed = *candidate.featureError <= tolerance && *candidate.agreement >= kDecisionAgreement;
        if (candidate.passed) {
            chosen.backbone = fast;
            break;
        }
    }
    chosen.choice.chosen = chosen.backbone->precision();
    remember(config, chosen.choice);
    return chosen;
}

} // namespace tl
