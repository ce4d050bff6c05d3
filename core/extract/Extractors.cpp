#include "extract/Extractors.h"

#include "extract/PhoneExtractor.h"

#include <algorithm>

namespace threadline::extract {

Matches extractAll(const QString& text, const QString& region) {
    Matches all = PhoneExtractor(region).extract(text);
    for (Matches more : {extractEmails(text)})
        all.insert(all.end(), more.begin(), more.end());
    std::sort(all.begin(), all.end(),
              [](const Match& a, const Match& b) { return a.start < b.start; });
    return all;
}

} // namespace threadline::extract
