#pragma once
// The time of one head epoch on cached features, for the bench command. The features are random:
// their values do not change the cost, so it runs anywhere, with or without images.
#include "TrainConfig.h"

#include <cstdint>

namespace tl {

struct HeadEpochTiming {
    std::int64_t images = 0;
    std::int64_t featureValues = 0; // per image, what the head reads
    double secondsPerEpoch = 0;
};

// Trains config's head for `epochs` epochs on `images` images' worth of 512 x (size/32)^2
// features (80% train, 20% validation, two classes) and returns the mean epoch time.
HeadEpochTiming measureHeadEpoch(std::int64_t images, const TrainConfig& config, int epochs);

} // namespace tl
