#pragma once

#include <QImage>

#include <cstdint>

namespace threadline::media {

// The 64-bit DCT perceptual hash of an image (OpenCV img_hash PHash): near-identical pictures
// (re-encoded, resized, lightly cropped) differ in few bits. Compare with hammingDistance().
std::uint64_t perceptualHash(const QImage& image);

inline int hammingDistance(std::uint64_t a, std::uint64_t b) {
    return __builtin_popcountll(a ^ b);
}

} // namespace threadline::media
