#pragma once
// The frozen feature extractor: a registry backbone (Backbones.h) from its Keras HDF5 weights, or
// a TorchScript features module.
// It never learns: inference mode, no gradients. Its fingerprint (the SHA-256 of the weights
// file) names it in caches and model files.
#include "Preprocessing.h"
#include "ComputeOptions.h"
#include "ConvNetwork.h"
#include "QuantizedVgg16.h"

#include <torch/script.h>

#include <memory>
#include <optional>
#include <string>

namespace tl {

class Backbone {
public:
    // Throws tl::Error when the file is missing, truncated, of another network or another format.
    // A Keras file of another backbone is refused with a message naming both.
    static std::shared_ptr<Backbone> load(BackboneId backbone, const std::string& path, Precision precision,
                                          DeviceChoice device);

    const BackboneSpec& spec() const { return backboneSpec(m_id); }
    const std::string& fingerprint() const { return m_fingerprint; }
    const std::string& path() const { return m_path; }
    PreprocessMode preprocessing() const { return m_preprocessing; }
    Precision precision() const { return m_precision; } // Fp32, Bf16 or Int8, never Auto
    torch::Device device() const { return m_device; }
    // Made from demo weights (DemoWeights.h): whatever it computes carries no knowledge of images.
    bool demoWeights() const { return m_demoWeights; }
    // Relative error of bf16 against fp32 features on the probe batch (when bf16 was considered).
    std::optional<double> bf16ProbeError() const { return m_bf16ProbeError; }

    // int8 (Keras VGG16 on the CPU only: BackboneSpec::precisions) quantizes with a calibration on the user's images,
    // which extract() needs first: measured here on `images` (N x 3 x S x S preprocessed; `calibration` names them), or
    // one measured before (the model file's, the feature cache's). Returns the images' fp32 features (the calibration's
    // by-product).
    torch::Tensor calibrateInt8(const torch::Tensor& images, Int8Calibration calibration);
    void useInt8Calibration(const Int8Calibration& measured);
    const std::optional<Int8Calibration>& int8Calibration() const { return m_int8Calibration; }

    // N x 3 x S x S preprocessed floats -> N x C x S/32 x S/32 float32 features on the CPU.
    torch::Tensor extract(const torch::Tensor& batch) const;
    torch::Tensor extractWith(const torch::Tensor& batch, Precision precision) const;
    // The output of the layers before those fine-tuning trains (float32 on the CPU; VGG16: block
    // 4's, N x 512 x S/16 x S/16): fine-tuning's input. Keras backbones only.
    torch::Tensor extractToTuned(const torch::Tensor& batch) const;

    // This backbone with other tuned layers (fine-tuned; fp32 on the CPU), in the same precision
    // (fp32 for an int8 one: its calibration was measured on the old layers) and on the same
    // device. Its fingerprint covers the new weights, so caches keep the two apart.
    std::shared_ptr<Backbone> withTunedLayers(const ConvNetwork& tuned) const;

    // The backbone a model answers with (Classifier::predict and classify): fp32 whatever the
    // precision it was trained in, and every forward pass at BackboneSpec::answerBatch images, so
    // that an image gets bit-identical features alone or in a batch of any size.
    std::shared_ptr<const Backbone> answering() const;
    std::int64_t answerBatch() const { return m_answerBatch; } // 0 unless answering

    // The Keras network in fp32 on the CPU (for Grad-CAM and exports); null for TorchScript.
    const ConvNetwork* network() const { return m_fp32 ? &*m_fp32 : nullptr; }

    // True where the hardware runs bf16 convolutions natively (AMX/AVX512-BF16 CPUs, CUDA).
    static bool hardwareHasFastBf16(torch::Device device);
    // The precision a load asks for on this device: Auto becomes bf16 where it is fast. (The load
    // then falls back to fp32 when bf16 fails the probe, which this cannot foresee.)
    static Precision intendedPrecision(Precision requested, torch::Device device);
    // The fingerprint of the backbone a weights file makes: its SHA-256. Throws tl::Error when
    // the file is missing, unreadable or not a regular file.
    static std::string fingerprintOf(const std::string& weightsPath);
    // How a weights file's images are preprocessed: Keras HDF5 as the backbone's Keras
    // application, TorchScript as torchvision. Throws tl::Error for a file of neither kind.
    static PreprocessMode preprocessingOf(BackboneId backbone, const std::string& weightsPath);
    // Where a backbone of this precision runs: int8 always on the CPU (a CUDA request is an error).
    static torch::Device resolveDevice(DeviceChoice choice, Precision precision = Precision::Auto);
    static constexpr double kBf16Tolerance = 0.01;

private:
    Backbone() = default;
    void preparePrecision(Precision requested);
    torch::ScalarType fastType() const;                        // of m_fast / m_scriptFast
    torch::Tensor fastInput(const torch::Tensor& batch) const; // on the device, in fastType, channels-last

    BackboneId m_id = BackboneId::Vgg16;
    std::string m_path;
    std::string m_fingerprint;
    PreprocessMode m_preprocessing = PreprocessMode::Caffe;
    Precision m_precision = Precision::Fp32;
    torch::Device m_device = torch::kCPU;
    bool m_demoWeights = false;
    std::int64_t m_answerBatch = 0; // 0: the caller's batch as it is
    std::optional<double> m_bf16ProbeError;
    std::optional<ConvNetwork> m_fp32;    // CPU, fp32, reference layout
    std::optional<ConvNetwork> m_fast;    // on m_device in m_precision, channels-last
    std::optional<QuantizedVgg16> m_int8; // once calibrated
    std::optional<Int8Calibration> m_int8Calibration;
    std::optional<torch::jit::Module> m_script;
    std::optional<torch::jit::Module> m_scriptFast;
};

} // namespace tl
