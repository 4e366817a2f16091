#pragma once
// The one contract of every long call of the engine (training, cross-validation, evaluation, the
// feature cache's fill and status, embeddings): the caller passes a Job; the call reports its
// phase and progress to it, and asks its cancel token at every batch whether to go on. It returns
// its result, or nothing (JobResult is empty) when it was cancelled; errors are thrown as
// tl::Error. No torch types here: the UI and the CLI include this header.
#include "Message.h"
#include "TrainingTypes.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>

namespace tl {

enum class Phase {
    // The backbone's setup, before any image is extracted (BackboneSetup.h):
    LoadingWeights,
    MeasuringPrecisions, // Automatic's speed probe of each precision
    CalibratingInt8,
    CheckingPrecision, // Automatic's accuracy guard on the user's images
    // The work itself:
    ExtractingFeatures,
    Training,
    FineTuning,
    Evaluating,
    CheckingCache,
    Classifying,     // a folder of new cases (Classifier::classify)
    ComparingImages, // the leakage finder's hashes and pairs (Leakage.h)
};

// "loading the weights", "extracting features"…: for the CLI's progress line.
Message phaseName(Phase phase);
// "loading_weights", "extracting_features"…: for --json.
const char* toString(Phase phase);

struct ProgressReport {
    Phase phase = Phase::ExtractingFeatures;
    std::size_t done = 0, total = 0;
    double secondsLeft = -1; // negative: unknown yet
};

// Copies share one flag: the front end keeps one to cancel from any thread, the job another.
class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool cancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

// What the caller of a long call hears from it. Every hook is optional and called on the job's
// thread; none can stop the job: cancel the token for that.
struct Job {
    CancelToken cancel;
    std::function<void(const ProgressReport&)> onProgress;
    std::function<void(const BatchReport&)> onBatch; // training's mini-batches
    std::function<void(const EpochReport&)> onEpoch; // training's epochs
};

// A long call's result; empty when the job was cancelled.
template <typename T> using JobResult = std::optional<T>;

} // namespace tl
