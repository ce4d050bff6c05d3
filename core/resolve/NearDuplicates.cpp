#include "resolve/NearDuplicates.h"

#include "util/Parallel.h"
#include "util/WordHash.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_set>

namespace threadline::resolve {

namespace {

constexpr int kShingleWords = 5;
constexpr int kBands = 16;
constexpr int kRows = 4;
constexpr int kHashes = kBands * kRows;

// The top 32 bits of each of the 64 minima: half the memory, and comparing two signatures
// vectorises; two different minima agree in their top halves once in four billion.
using Signature = std::array<std::uint32_t, kHashes>;

std::uint64_t mix(std::uint64_t value) { // splitmix64: a fast, well-spread 64-bit hash
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

std::vector<std::uint64_t> wordHashes(const QString& text) {
    std::vector<std::uint64_t> words;
    qsizetype start = -1;
    for (qsizetype at = 0; at <= text.size(); ++at) {
        const bool inWord = at < text.size() && text[at].isLetterOrNumber();
        if (inWord && start < 0)
            start = at;
        else if (!inWord && start >= 0) {
            words.push_back(foldedWordHash(QStringView(text).mid(start, at - start)));
            start = -1;
        }
    }
    return words;
}

// The 64 hash functions: x -> a*x + b over 64 bits with odd a, applied to a shingle that is
// already well mixed, so each is a cheap random-looking permutation of shingles (one multiply
// and one add, where a fresh splitmix per function cost four times as much).
struct HashFunctions {
    std::array<std::uint64_t, kHashes> multiply;
    std::array<std::uint64_t, kHashes> add;
};

const HashFunctions& hashFunctions() {
    static const HashFunctions functions = [] {
        HashFunctions chosen{};
        for (std::size_t index = 0; index < kHashes; ++index) {
            chosen.multiply[index] = mix(2 * index + 1) | 1;
            chosen.add[index] = mix(2 * index + 2);
        }
        return chosen;
    }();
    return functions;
}

// What is kept of a text: its MinHash signature, to find candidates, and its shingles (32-bit
// hashes, sorted and distinct), to judge them exactly. An estimate from 64 hashes is off by 0.06
// on average near a threshold of 0.5, and every false pair can chain two templates into one.
struct Fingerprint {
    Signature signature;
    std::vector<std::uint32_t> shingles;
};

// Over the word 5-shingles (the whole text when shorter).
Fingerprint fingerprintOf(const QString& text) {
    const std::vector<std::uint64_t> words = wordHashes(text);
    const HashFunctions& functions = hashFunctions();
    Fingerprint fingerprint;
    std::array<std::uint64_t, kHashes> minima;
    minima.fill(std::numeric_limits<std::uint64_t>::max());
    const std::size_t count = words.size() < kShingleWords ? 1 : words.size() - kShingleWords + 1;
    for (std::size_t first = 0; first < count; ++first) {
        std::uint64_t shingle = 0;
        for (std::size_t word = first; word < std::min(words.size(), first + kShingleWords); ++word)
            shingle = mix(shingle ^ words[word]);
        fingerprint.shingles.push_back(std::uint32_t(shingle));
        for (std::size_t index = 0; index < kHashes; ++index)
            minima[index] =
                std::min(minima[index], shingle * functions.multiply[index] + functions.add[index]);
    }
    for (std::size_t index = 0; index < kHashes; ++index)
        fingerprint.signature[index] = std::uint32_t(minima[index] >> 32);
    std::sort(fingerprint.shingles.begin(), fingerprint.shingles.end());
    fingerprint.shingles.erase(
        std::unique(fingerprint.shingles.begin(), fingerprint.shingles.end()),
        fingerprint.shingles.end());
    return fingerprint;
}

// Fingerprints of every text, computed on every core.
std::vector<Fingerprint>
fingerprintsOf(const std::vector<std::pair<std::int64_t, QString>>& texts) {
    std::vector<Fingerprint> fingerprints(texts.size());
    runInRanges(texts.size(), 1000, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i)
            fingerprints[i] = fingerprintOf(texts[i].second);
    });
    return fingerprints;
}

// Candidates whose estimate falls this far below the threshold are not judged exactly: at 64
// hashes that is two and a half standard errors, so about one true pair in a hundred is lost (and
// its template usually joined through another member anyway).
constexpr double kEstimateMargin = 0.15;

double estimate(const Signature& a, const Signature& b) {
    int same = 0;
    for (std::size_t index = 0; index < kHashes; ++index)
        same += a[index] == b[index];
    return double(same) / kHashes;
}

// |a ∩ b| / |a ∪ b| of two sorted, distinct shingle lists.
double jaccard(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    std::size_t shared = 0;
    for (auto left = a.begin(), right = b.begin(); left != a.end() && right != b.end();) {
        if (*left < *right)
            ++left;
        else if (*right < *left)
            ++right;
        else {
            ++shared;
            ++left;
            ++right;
        }
    }
    return double(shared) / double(a.size() + b.size() - shared);
}

} // namespace

void forEachSimilarPair(const std::vector<std::pair<std::int64_t, QString>>& texts,
                        double threshold, const std::function<bool(std::size_t, std::size_t)>& skip,
                        const std::function<void(std::size_t, std::size_t, double)>& found) {
    const std::vector<Fingerprint> fingerprints = fingerprintsOf(texts);
    std::vector<std::pair<std::uint64_t, std::size_t>> keyed(fingerprints.size());
    for (int band = 0; band < kBands; ++band) {
        // Texts whose rows of this band agree share a key; sorted, they stand side by side.
        for (std::size_t index = 0; index < fingerprints.size(); ++index) {
            std::uint64_t key = std::uint64_t(band);
            for (int row = 0; row < kRows; ++row)
                key = mix(key ^ fingerprints[index].signature[std::size_t(band * kRows + row)]);
            keyed[index] = {key, index};
        }
        std::sort(keyed.begin(), keyed.end());
        for (std::size_t first = 0, end = 0; first < keyed.size(); first = end) {
            for (end = first + 1; end < keyed.size() && keyed[end].first == keyed[first].first;)
                ++end;
            for (std::size_t a = first; a < end; ++a)
                for (std::size_t b = a + 1; b < end; ++b) {
                    const std::size_t left = keyed[a].second;
                    const std::size_t right = keyed[b].second;
                    if (skip(left, right))
                        continue;
                    if (estimate(fingerprints[left].signature, fingerprints[right].signature) <
                        threshold - kEstimateMargin)
                        continue;
                    const double similarity =
                        jaccard(fingerprints[left].shingles, fingerprints[right].shingles);
                    if (similarity >= threshold)
                        found(left, right, similarity);
                }
        }
    }
}

std::vector<TextPair> nearDuplicateTexts(const std::vector<std::pair<std::int64_t, QString>>& texts,
                                         double threshold) {
    std::unordered_set<std::uint64_t> seen; // candidate pairs already judged
    std::vector<TextPair> pairs;
    forEachSimilarPair(
        texts, threshold,
        [&](std::size_t a, std::size_t b) { return !seen.insert(a * texts.size() + b).second; },
        [&](std::size_t a, std::size_t b, double similarity) {
            pairs.push_back({texts[a].first, texts[b].first, similarity});
        });
    return pairs;
}

} // namespace threadline::resolve
