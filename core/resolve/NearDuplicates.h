#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace threadline::resolve {

struct TextPair {
    std::int64_t first;
    std::int64_t second;
    double similarity; // estimated Jaccard similarity of the word 5-shingles, 0..1
};

// Texts that share a template (InfoShield's finding: the same sentences with the names swapped),
// by MinHash signatures over word 5-shingles and locality-sensitive hashing in 16 bands of 4
// rows; candidate pairs are kept when their estimated similarity reaches `threshold`.
std::vector<TextPair> nearDuplicateTexts(const std::vector<std::pair<std::int64_t, QString>>& texts,
                                         double threshold = 0.5);

} // namespace threadline::resolve
