#include "AutoPrecision.h"

#include "AtomicFile.h"
#include "BackboneBenchmark.h"
#include "Error.h"
#include "Paths.h"
#include "PhaseProgress.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace tl {
namespace {

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

} // namespace

void rememberAutomaticPrecision(const TrainConfig& config, const PrecisionChoice& choice)
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

// bf16 only where the CPU has it (emulated, it is some 30 times slower than fp32 and would only
// cost the measurement).
std::vector<PrecisionCandidate> measurePrecisionSpeeds(BackboneId backbone, int imageSize, const Job& job)
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

namespace {

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

PrecisionGuard::PrecisionGuard(std::shared_ptr<const Backbone> fp32, DrawnImages drawn, DrawnImages heldOut,
                               int classes)
    : m_fp32(std::move(fp32)), m_drawn(std::move(drawn)), m_heldOut(std::move(heldOut)), m_classes(classes)
{
    if (!m_heldOut.images.defined()) // a dataset of a few images: the guard sees the drawn ones
        m_heldOut = m_drawn;
}

void PrecisionGuard::useFp32DrawnFeatures(const torch::Tensor& features)
{
    if (!m_fp32Drawn.defined())
        m_fp32Drawn = features;
}

void PrecisionGuard::judge(PrecisionCandidate& candidate, const Backbone& fast)
{
    if (!m_fp32Decisions.defined()) {
        if (!m_fp32Drawn.defined())
            m_fp32Drawn = m_fp32->extract(m_drawn.images);
        m_fp32HeldOut = m_fp32->extract(m_heldOut.images);
        m_fp32Decisions = linearDecisions(m_fp32Drawn, m_drawn.labels, m_fp32HeldOut, m_classes);
    }
    const torch::Tensor fastHeldOut = fast.extract(m_heldOut.images);
    candidate.featureError = relativeError(fastHeldOut, m_fp32HeldOut);
    const torch::Tensor decisions =
        linearDecisions(fast.extract(m_drawn.images), m_drawn.labels, fastHeldOut, m_classes);
    candidate.agreement = decisions.eq(m_fp32Decisions).to(torch::kFloat64).mean().item<double>();
    const double tolerance = candidate.precision == Precision::Int8 ? kInt8Tolerance : Backbone::kBf16Tolerance;
    candidate.passed = *candidate.featureError <= tolerance && *candidate.agreement >= kDecisionAgreement;
}

} // namespace tl
