#pragma once
// Where a feature extraction's time went, so a slow first training can be explained: each part
// is wall time on the extracting thread, except decoding, which runs on its own thread while the
// backbone computes the previous batch. Only the wait for it costs the backbone time.
// No torch types here: the UI and the CLI include this header.

namespace tl {

struct ExtractionProfile {
    double readingSeconds = 0;          // hashing the image files and reading cached entries
    double decodingSeconds = 0;         // decoding the image files (decoding thread)
    double waitingForDecodeSeconds = 0; // the backbone idle until the next batch was decoded
    double backboneSeconds = 0;         // resizing and scaling the batches' images, and the backbone on them
    double cacheWritingSeconds = 0;     // writing the computed entries to the feature cache

    ExtractionProfile& operator+=(const ExtractionProfile& other)
    {
        readingSeconds += other.readingSeconds;
        decodingSeconds += other.decodingSeconds;
        waitingForDecodeSeconds += other.waitingForDecodeSeconds;
        backboneSeconds += other.backboneSeconds;
        cacheWritingSeconds += other.cacheWritingSeconds;
        return *this;
    }
};

} // namespace tl
