#include "extract/Extractors.h"

#include "extract/PhoneExtractor.h"
#include "extract/RegionHints.h"

#include <algorithm>
#include <map>

namespace threadline::extract {

namespace {

bool overlapsAny(const Match& match, const Matches& others) {
    return std::any_of(others.begin(), others.end(), [&](const Match& other) {
        return match.start < other.end && other.start < match.end;
    });
}

} // namespace

// One phone extractor per region a text may name (none: the empty key), each remembering the
// numbers it has read.
struct TextExtractor::Phones {
    std::map<QString, PhoneExtractor> byNamedRegion;
};

TextExtractor::TextExtractor(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
    , m_phones(std::make_unique<Phones>()) {}

TextExtractor::~TextExtractor() = default;
TextExtractor::TextExtractor(TextExtractor&&) noexcept = default;

Matches TextExtractor::extract(const QString& text) {
    const QString named = regionNamedIn(text);
    const QString region = named.isEmpty() ? m_defaultRegion : named;
    auto phones = m_phones->byNamedRegion.find(named);
    if (phones == m_phones->byNamedRegion.end())
        phones = m_phones->byNamedRegion.try_emplace(named, m_defaultRegion, named).first;
    // Digits inside a wallet address are not a phone number.
    const Matches crypto = extractCrypto(text);
    Matches all;
    for (const Match& phone : phones->second.extract(text))
        if (!overlapsAny(phone, crypto))
            all.push_back(phone);
    const Matches emails = extractEmails(text);
    all.insert(all.end(), emails.begin(), emails.end());
    for (Matches more : {extractPayments(text, all), crypto, extractSocial(text, region),
                         extractUrls(text), extractAdFacts(text)})
        all.insert(all.end(), more.begin(), more.end());
    std::sort(all.begin(), all.end(),
              [](const Match& a, const Match& b) { return a.start < b.start; });
    return all;
}

Matches extractAll(const QString& text, const QString& defaultRegion) {
    return TextExtractor(defaultRegion).extract(text);
}

} // namespace threadline::extract
