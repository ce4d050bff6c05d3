#pragma once

#include "extract/Match.h"
#include "extract/PhoneNumbers.h"

namespace threadline::extract {

// Finds phone numbers in free text, including the ways ads hide them from filters: number words
// in English and Spanish ("six02 two2eight fourone92", "cinco cinco cinco"), letters for digits
// (O, o for 0; I, l for 1), digits split by spaces, dots, slashes, emoji and words, keycap emoji
// and full-width digits, "(4one5)", and numbers inside URLs. A cheap scan finds candidate runs of
// digits; only those go to libphonenumber (with `region` for national numbers), so long texts
// stay fast.
class PhoneExtractor {
public:
    // `fallback`, when given, reads national numbers that are not valid in `region`.
    explicit PhoneExtractor(const QString& region, QString fallback = {})
        : m_normalise(region) {
        if (!fallback.isEmpty() && fallback.compare(region, Qt::CaseInsensitive) != 0)
            m_fallback.emplace(std::move(fallback));
    }
    Matches extract(const QString& text);

    struct Run; // a candidate: digits however written, with the text span of each

private:
    void matchRun(const Run& run, Matches& matches);
    PhoneNormaliser m_normalise;
    std::optional<PhoneNormaliser> m_fallback;
};

} // namespace threadline::extract
