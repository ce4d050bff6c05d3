#include "extract/Extractors.h"

#include "extract/PhoneExtractor.h"
#include "extract/RegionHints.h"

#include <algorithm>

namespace threadline::extract {

namespace {

bool overlapsAny(const Match& match, const Matches& others) {
    return std::any_of(others.begin(), others.end(), [&](const Match& other) {
        return match.start < other.end && other.start < match.end;
    });
}

} // namespace

Matches extractAll(const QString& text, const QString& defaultRegion) {
    const QString named = regionNamedIn(text);
    const QString region = named.isEmpty() ? defaultRegion : named;
    // Digits inside a wallet address are not a phone number.
    const Matches crypto = extractCrypto(text);
    Matches all;
    for (const Match& phone : PhoneExtractor(region, defaultRegion).extract(text))
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

} // namespace threadline::extract
