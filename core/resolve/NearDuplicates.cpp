#include "resolve/NearDuplicates.h"

#include <QRegularExpression>

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

Signature signatureOf(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    Signature signature;
    signature.fill(std::numeric_limits<std::uint64_t>::max());
    for (qsizetype first = 0;
         first + kShingleWords <= std::max<qsizetype>(words.size(), kShingleWords); ++first) {
        const std::uint64_t shingle =
            qHash(words.mid(first, kShingleWords).join(QLatin1Char(' ')), 0);
        for (int index = 0; index < kHashes; ++index)
            signature[std::size_t(index)] =
                std::min(signature[std::size_t(index)], mix(shingle ^ seeds()[std::size_t(index)]));
        if (words.size() < kShingleWords)
            break;
    }
    return signature;
}

double estimate(const Signature& a, const Signature& b) {
    int same = 0;
    for (int index = 0; index < kHashes; ++index)
        same += a[std::size_t(index)] == b[std::size_t(index)];
    return double(same) / kHashes;
}

} // namespace

std::vector<TextPair> nearDuplicateTexts(const std::vector<std::pair<std::int64_t, QString>>& texts,
                                         double threshold) {
    std::vector<Signature> signatures;
    signatures.reserve(texts.size());
    for (const auto& [id, text] : texts)
        signatures.push_back(signatureOf(text));
    std::unordered_set<std::uint64_t> seen; // candidate pairs already judged
    std::vector<TextPair> pairs;
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
                    const std::uint64_t pairKey =
                        std::uint64_t(members[a]) * signatures.size() + members[b];
                    if (!seen.insert(pairKey).second)
                        continue;
                    const double similarity =
                        estimate(signatures[members[a]], signatures[members[b]]);
                    if (similarity >= threshold)
                        pairs.push_back(
                            {texts[members[a]].first, texts[members[b]].first, similarity});
                }
    }
    return pairs;
}

} // namespace threadline::resolve
