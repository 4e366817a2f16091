#include "Backbone.h"

#include "DemoWeights.h"
#include "Error.h"
#include "FileKind.h"
#include "Hashing.h"

#include <fstream>
#include <functional>
#include <map>
#include <mutex>

namespace tl {
namespace {

// jit::Module is a shared handle: a copy runs the same module without needing it non-const.
torch::Tensor runScript(torch::jit::Module module, const torch::Tensor& input)
{
    return module.forward({input}).toTensor();
}

constexpr MessageText kFineTuningNeedsKeras =
    TL_MESSAGE("fine-tuning-needs-keras",
               "fine-tuning needs the backbone's Keras weights (.h5), not a TorchScript features module");

torch::Tensor probeBatch(PreprocessMode mode)
{
    // One smooth random image in the input range the preprocessing produces. 64 px exercises every
    // layer (block 5 sees 4 x 4) at a twelfth of a 224 px image's cost: bf16's rounding error
    // builds up per layer, not per pixel, so a larger image would measure the same drift.
    torch::Generator generator = at::detail::createCPUGenerator(/*seed_in=*/1234);
    torch::Tensor noise = at::normal(0.0, 1.0, {1, 3, 16, 16}, generator, torch::kFloat32);
    namespace F = torch::nn::functional;
    torch::Tensor smooth = F::interpolate(noise, F::InterpolateFuncOptions()
                                                     .size(std::vector<std::int64_t>{64, 64})
                                                     .mode(torch::kBilinear)
                                                     .align_corners(false));
    return mode == PreprocessMode::Caffe ? smooth * 60.0 : smooth.clamp(-1.0, 1.0);
}

// The probe's result for each (backbone, device) this process has measured: a training and the
// model it then opens load the same weights, and where bf16 is emulated one probe takes seconds.
std::optional<double> rememberedProbeError(const std::string& key, const std::function<double()>& measure)
{
    static std::mutex mutex;
    static std::map<std::string, double> measured;
    const std::lock_guard<std::mutex> lock(mutex);
    auto found = measured.find(key);
    if (found == measured.end())
        found = measured.emplace(key, measure()).first;
    return found->second;
}

} // namespace

torch::Device Backbone::resolveDevice(DeviceChoice choice, Precision precision)
{
    if (precision == Precision::Int8) {
        if (choice == DeviceChoice::Cuda)
            throw Error(
                Message{TL_MESSAGE("int8-cpu-only", "int8 runs on the CPU only: choose fp32 or bf16 for CUDA"), {}});
        return torch::kCPU;
    }
    const bool cuda = torch::cuda::is_available();
    if (choice == DeviceChoice::Cuda && !cuda)
        throw Error(
            Message{TL_MESSAGE("cuda-unavailable",
                               "device 'cuda' was requested but no CUDA GPU is available to this build of libtorch"),
                    {}});
    return (choice != DeviceChoice::Cpu && cuda) ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

bool Backbone::hardwareHasFastBf16(torch::Device device)
{
    if (device.is_cuda())
        return true;
    return cpuHasNativeBf16();
}

std::shared_ptr<Backbone> Backbone::load(BackboneId id, const std::string& path, Precision precision,
                                         DeviceChoice device)
{
    std::shared_ptr<Backbone> backbone(new Backbone);
    backbone->m_id = id;
    backbone->m_fingerprint = fingerprintOf(path);
    backbone->m_path = path;
    backbone->m_device = resolveDevice(device, precision);
    backbone->m_preprocessing = preprocessingOf(id, path);
    if (backbone->m_preprocessing != PreprocessMode::Torchvision) {
        backbone->m_fp32 = ConvNetwork::fromKeras(id, readKerasWeights(path), path);
        backbone->m_demoWeights = isDemoWeights(path);
    } else {
        try {
            backbone->m_script = torch::jit::load(path, torch::kCPU);
        } catch (const c10::Error& e) {
            throw Error(
                Message{TL_MESSAGE("torchscript-backbone-unloadable", "'%1' is not a loadable TorchScript file: %2"),
                        {path, e.msg()}});
        }
        backbone->m_script->eval();
    }
    backbone->preparePrecision(precision);
    return backbone;
}

namespace {

std::string precisionNames(const BackboneSpec& spec)
{
    std::string names;
    for (Precision precision : spec.precisions)
        names += (names.empty() ? "" : ", ") + std::string(toString(precision));
    return names;
}

void requireReadableWeights(const std::string& path)
{
    requireRegularFile(path, TL_MESSAGE("file-role", "weights file"));
    if (!std::ifstream(path))
        throw Error(Message{TL_MESSAGE("weights-file-unreadable", "weights file '%1' does not exist or cannot be read"),
                            {path}});
}

} // namespace

std::string Backbone::fingerprintOf(const std::string& path)
{
    requireReadableWeights(path);
    return sha256OfFile(path);
}

PreprocessMode Backbone::preprocessingOf(BackboneId backbone, const std::string& path)
{
    requireReadableWeights(path);
    switch (sniffFileKind(path)) {
    case FileKind::Hdf5: return backboneSpec(backbone).preprocessing;
    case FileKind::TorchScriptZip: return PreprocessMode::Torchvision;
    case FileKind::Other: break;
    }
    throw Error(Message{TL_MESSAGE("weights-unknown-format",
                                   "'%1' is neither Keras HDF5 weights (.h5) nor a TorchScript features module (.pt)"),
                        {path}});
}

Precision Backbone::intendedPrecision(Precision requested, torch::Device device)
{
    if (requested == Precision::Int8)
        return Precision::Int8;
    const bool bf16 = requested == Precision::Bf16 || (requested == Precision::Auto && hardwareHasFastBf16(device));
    return bf16 ? Precision::Bf16 : Precision::Fp32;
}

void Backbone::preparePrecision(Precision requested)
{
    if (!supportsPrecision(spec(), requested))
        throw Error(Message{TL_MESSAGE("precision-unsupported", "%1 does not run in %2: choose one of %3"),
                            {spec().displayName, toString(requested), precisionNames(spec())}});
    if (requested == Precision::Int8) {
        if (!m_fp32)
            throw Error(
                Message{TL_MESSAGE("int8-needs-keras",
                                   "int8 needs the backbone's Keras weights (.h5), not a TorchScript features module"),
                        {}});
        m_fast = m_fp32->to(m_device, torch::kFloat32, /*channelsLast=*/true); // for block 4 (fine-tuning)
        m_precision = Precision::Int8;
        return;
    }
    const bool tryBf16 = intendedPrecision(requested, m_device) == Precision::Bf16;
    const torch::ScalarType type = tryBf16 ? torch::kBFloat16 : torch::kFloat32;
    if (m_fp32) {
        m_fast = m_fp32->to(m_device, type, /*channelsLast=*/true);
    } else {
        m_scriptFast = m_script->clone();
        m_scriptFast->to(m_device, type);
    }
    m_precision = tryBf16 ? Precision::Bf16 : Precision::Fp32;
    if (!tryBf16)
        return;
    // bf16 keeps 8 bits of mantissa: check on a probe batch that features stay close to fp32.
    m_bf16ProbeError = rememberedProbeError(m_fingerprint + "@" + m_device.str(), [this] {
        const torch::Tensor probe = probeBatch(m_preprocessing);
        const torch::Tensor reference = extractWith(probe, Precision::Fp32);
        const torch::Tensor fast = extract(probe);
        return ((fast - reference).norm() / reference.norm().clamp_min(1e-12)).item<double>();
    });
    if (requested == Precision::Auto && *m_bf16ProbeError > kBf16Tolerance) {
        m_precision = Precision::Fp32;
        preparePrecision(Precision::Fp32);
    }
}

torch::Tensor Backbone::calibrateInt8(const torch::Tensor& images, Int8Calibration calibration)
{
    torch::Tensor features = QuantizedVgg16::calibrate(*m_fp32, images, calibration);
    useInt8Calibration(calibration);
    return features;
}

void Backbone::useInt8Calibration(const Int8Calibration& measured)
{
    m_int8.emplace(*m_fp32, measured);
    m_int8Calibration = measured;
}

torch::ScalarType Backbone::fastType() const
{
    return m_precision == Precision::Bf16 ? torch::kBFloat16 : torch::kFloat32;
}

torch::Tensor Backbone::fastInput(const torch::Tensor& batch) const
{
    return batch.to(m_device, fastType()).contiguous(torch::MemoryFormat::ChannelsLast);
}

torch::Tensor Backbone::extract(const torch::Tensor& batch) const
{
    if (m_precision == Precision::Int8) {
        if (!m_int8)
            throw Error(
                Message{TL_MESSAGE("int8-not-calibrated", "the int8 backbone was used before its calibration"), {}});
        return m_int8->forward(batch).contiguous();
    }
    torch::InferenceMode inference;
    const torch::Tensor input = fastInput(batch);
    auto forward = [this](const torch::Tensor& x) { return m_fast ? m_fast->forward(x) : runScript(*m_scriptFast, x); };
    if (m_answerBatch == 0)
        return forward(input).to(torch::kCPU, torch::kFloat32).contiguous();
    // Every forward pass at exactly m_answerBatch images, the last one padded with zeros: the
    // convolution kernels libtorch picks, and so the last bits of each image's features, depend on
    // the batch's shape, never on the other images in it.
    const std::int64_t count = input.size(0);
    std::vector<torch::Tensor> parts;
    for (std::int64_t begin = 0; begin < count; begin += m_answerBatch) {
        torch::Tensor part = input.slice(0, begin, std::min(count, begin + m_answerBatch));
        const std::int64_t real = part.size(0);
        if (real < m_answerBatch)
            part = torch::cat({part, torch::zeros_like(input.slice(0, 0, 1))
                                         .expand({m_answerBatch - real, input.size(1), input.size(2), input.size(3)})})
                       .contiguous(torch::MemoryFormat::ChannelsLast);
        parts.push_back(forward(part).slice(0, 0, real).to(torch::kCPU, torch::kFloat32));
    }
    return torch::cat(parts).contiguous();
}

torch::Tensor Backbone::extractToTuned(const torch::Tensor& batch) const
{
    if (!m_fast)
        throw Error(Message{kFineTuningNeedsKeras, {}});
    torch::InferenceMode inference;
    return m_fast->forwardToTuned(fastInput(batch)).to(torch::kCPU, torch::kFloat32).contiguous();
}

std::shared_ptr<Backbone> Backbone::withTunedLayers(const ConvNetwork& tuned) const
{
    if (!m_fp32)
        throw Error(Message{kFineTuningNeedsKeras, {}});
    std::shared_ptr<Backbone> backbone(new Backbone(*this));
    std::string hashes;
    for (std::size_t i = tuned.plan().firstTunedLayer; i < tuned.kernels.size(); ++i) {
        if (!tuned.kernels[i].defined())
            continue;
        backbone->m_fp32->kernels[i] = tuned.kernels[i].detach().to(torch::kCPU, torch::kFloat32).contiguous();
        backbone->m_fp32->biases[i] = tuned.biases[i].detach().to(torch::kCPU, torch::kFloat32).contiguous();
        for (const torch::Tensor& values : {backbone->m_fp32->kernels[i], backbone->m_fp32->biases[i]})
            hashes += sha256Hex(values.data_ptr(), values.nbytes());
    }
    // "+block5:" as before the registry: VGG16 models fine-tuned then keep their cache folders.
    const std::string identity = m_fingerprint + "+block5:" + hashes;
    backbone->m_fingerprint = sha256Hex(identity.data(), identity.size());
    if (m_precision == Precision::Int8) {
        backbone->m_precision = Precision::Fp32;
        backbone->m_int8.reset();
        backbone->m_int8Calibration.reset();
    }
    backbone->m_fast = backbone->m_fp32->to(m_device, fastType(), /*channelsLast=*/true);
    return backbone;
}

std::shared_ptr<const Backbone> Backbone::answering() const
{
    std::shared_ptr<Backbone> answers(new Backbone(*this)); // shares the fp32 network's tensors
    if (m_precision != Precision::Fp32) {
        answers->m_int8.reset();
        answers->m_int8Calibration.reset();
        answers->preparePrecision(Precision::Fp32);
    }
    answers->m_answerBatch = spec().answerBatch;
    return answers;
}

torch::Tensor Backbone::extractWith(const torch::Tensor& batch, Precision precision) const
{
    if (precision == m_precision || precision == Precision::Auto)
        return extract(batch);
    if (precision != Precision::Fp32)
        throw Error(
            Message{TL_MESSAGE("backbone-precision-unprepared", "this backbone was prepared for %1 and fp32, not %2"),
                    {toString(m_precision), toString(precision)}});
    torch::InferenceMode inference;
    torch::Tensor features =
        m_fp32 ? m_fp32->forward(batch.to(torch::kFloat32)) : runScript(*m_script, batch.to(torch::kFloat32));
    return features.contiguous();
}

} // namespace tl
