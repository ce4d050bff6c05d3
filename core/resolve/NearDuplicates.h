#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace threadline::resolve {

struct TextPair {
    std::int64_t first;
    std::int64_t second;
    double similarity; // Jaccard similarity of the word 5-shingles, 0..1
};

// Texts that share a template (InfoShield's finding: the same sentences with the names swapped),
// by MinHash signatures over word 5-shingles and locality-sensitive hashing in 16 bands of 4
// rows; candidate pairs are kept when their similarity, computed exactly from the shingles,
// reaches `threshold`.
std::vector<TextPair> nearDuplicateTexts(const std::vector<std::pair<std::int64_t, QString>>& texts,
                                         double threshold = 0.5);

// The search under nearDuplicateTexts, for callers that need not judge every pair: candidate
// pairs (positions in `texts`) for which `skip` is false are judged, and those reaching
// `threshold` are passed to `found`. A pair can come up once per band it shares.
void forEachSimilarPair(const std::vector<std::pair<std::int64_t, QString>>& texts,
                        double threshold, const std::function<bool(std::size_t, std::size_t)>& skip,
                        const std::function<void(std::size_t, std::size_t, double)>& found);

} // namespace threadline::resolve
