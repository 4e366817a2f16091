#pragma once
// A batch's results as a CSV table to file or hand on: one row per image with its class, every
// class's probability (9 decimals), the refer flag and the fingerprint of the model that answered.
// The same table from `predict --dir --csv` and the Classify view's Export CSV.
#include "Classifier.h"

#include <string>

namespace tl {

// Header: image,class,probability_<class>...,refer,model_fingerprint. Fields with a comma, a
// quote or a line break are quoted (RFC 4180).
std::string batchCsv(const BatchClassification& batch, const ModelInfo& info);
// Writes batchCsv() to path atomically; throws tl::Error naming the path when it cannot.
void writeBatchCsv(const std::string& path, const BatchClassification& batch, const ModelInfo& info);

} // namespace tl
