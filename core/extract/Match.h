#pragma once

#include <QString>

#include <vector>

namespace threadline::extract {

// One identifier found in a text: what kind, its normalised value (the identifier key the case
// stores), where it is (character offsets into the text as given, end exclusive) and how sure the
// extractor is. Obfuscated forms ("six02 two2eight...") get a lower confidence than plain ones.
struct Match {
    QString kind;  // "phone", "email", "url", "cashapp", "venmo", "paypal", "btc", "eth",
                   // "instagram" ...
    QString value; // normalised: E.164, lower-case address, "$tag" ...
    qsizetype start = 0;
    qsizetype end = 0;
    double confidence = 1.0;

    QString text(const QString& source) const { return source.mid(start, end - start); }
};

using Matches = std::vector<Match>;

} // namespace threadline::extract
