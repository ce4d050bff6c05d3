#include "resolve/NearDuplicates.h"

#include "util/Parallel.h"

#include <algorithm>
#include <array>
#include <limits>
#include <random>
#include <unordered_map>
#include <unordered_set>

namespace threadline::resolve {

namespace {

constexpr int kShingleWords = 5;
constexpr int kBands = 16;
constexpr int kRows = 4;
constexpr int kHashes = kBands * kRows;

using Signature = std::array<std::uint64_t, kHashes>;

std::uint64_t mix(std::uint64_t value) { // splitmix64: a fast, well-spread 64-bit hash
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

const std::array<std::uint64_t, kHashes>& seeds() {
    static const auto values = [] {
        std::array<std::uint64_t, kHashes> chosen{};
        std::mt19937_64 random(1234567);
        for (auto& seed : chosen)
            seed = random();
        return chosen;
    }();
    return values;
}

// A word's hash, lower-cased on the fly (FNV-1a over UTF-16 units).
std::uint64_t wordHash(QStringView word) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const QChar character : word)
        hash = (hash ^ character.toLower().unicode()) * 0x100000001b3ULL;
    return hash;
}

std::vector<std::uint64_t> wordHashes(const QString& text) {
    std::vector<std::uint64_t> words;
    qsizetype start = -1;
    for (qsizetype at = 0; at <= text.size(); ++at) {
        const bool inWord = at < text.size() && text[at].isLetterOrNumber();
        if (inWord && start < 0)
            start = at;
        else if (!inWord && start >= 0) {
            words.push_back(wordHash(QStringView(text).mid(start, at - start)));
            start = -1;
        }
    }
    return words;
}

// MinHash over the distinct word 5-shingles (the whole text when shorter).
Signature signatureOf(const QString& text) {
    const std::vector<std::uint64_t> words = wordHashes(text);
    std::vector<std::uint64_t> shingles;
    const std::size_t count = words.size() < kShingleWords ? 1 : words.size() - kShingleWords + 1;
    for (std::size_t first = 0; first < count; ++first) {
        std::uint64_t shingle = 0;
        for (std::size_t word = first; word < std::min(words.size(), first + kShingleWords); ++word)
            shingle = mix(shingle ^ words[word]);
        shingles.push_back(shingle);
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    Signature signature;
    signature.fill(std::numeric_limits<std::uint64_t>::max());
    for (const std::uint64_t shingle : shingles)
        for (std::size_t index = 0; index < kHashes; ++index)
            signature[index] = std::min(signature[index], mix(shingle ^ seeds()[index]));
    return signature;
}

// Signatures of every text, computed on every core.
std::vector<Signature> signaturesOf(const std::vector<std::pair<std::int64_t, QString>>& texts) {
    std::vector<Signature> signatures(texts.size());
    runInRanges(texts.size(), 1000, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i)
            signatures[i] = signatureOf(texts[i].second);
    });
    return signatures;
}

double estimate(const Signature& a, const Signature& b) {
    int same = 0;
    for (int index = 0; index < kHashes; ++index)
        same += a[std::size_t(index)] == b[std::size_t(index)];
    return double(same) / kHashes;
}

} // namespace

void forEachSimilarPair(const std::vector<std::pair<std::int64_t, QString>>& texts,
                        double threshold, const std::function<bool(std::size_t, std::size_t)>& skip,
                        const std::function<void(std::size_t, std::size_t, double)>& found) {
    const std::vector<Signature> signatures = signaturesOf(texts);
    for (int band = 0; band < kBands; ++band) {
        std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
        for (std::size_t index = 0; index < signatures.size(); ++index) {
            std::uint64_t key = std::uint64_t(band);
            for (int row = 0; row < kRows; ++row)
                key = mix(key ^ signatures[index][std::size_t(band * kRows + row)]);
            buckets[key].push_back(index);
        }
        for (const auto& [key, members] : buckets)
            for (std::size_t a = 0; a < members.size(); ++a)
                for (std::size_t b = a + 1; b < members.size(); ++b) {
                    if (skip(members[a], members[b]))
                        continue;
                    const double similarity =
                        estimate(signatures[members[a]], signatures[members[b]]);
                    if (similarity >= threshold)
                        found(members[a], members[b], similarity);
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
