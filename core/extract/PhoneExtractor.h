#pragma once

#include "extract/Match.h"
#include "extract/PhoneNumbers.h"

namespace threadline::extract {

namespace phone_runs {
struct Run;
struct Group;
} // namespace phone_runs

// Finds phone numbers in free text, including the ways ads hide them from filters: number words
// in English and Spanish ("six02 two2eight fourone92", "cinco cinco cinco"), words that sound
// like digits inside a number ("3tothree", "for80", "won", "ate"), teens and tens ("seventeen",
// "forty two"), look-alike letters (O, o for 0; I, l for 1; S for 5; B for 8; Z for 2) next to
// digits, digits split by spaces, dots, slashes, "$", emoji, full-width punctuation and words,
// keycap emoji and full-width digits, "(4one5)", and numbers inside URLs.
//
// What is not a phone is left alone: dates ("2015-11-17", "11/17/2015", "3/14"), times
// ("9:30"), year ranges, prices ("$250", "95hr"), ids at the end of URLs, runs of one repeated
// digit, and digits glued to a number from an id or date beside it (a number is read only from
// whole groups of digits as written).
//
// A cheap scan finds candidate runs; only those go to libphonenumber, so long texts stay fast.
class PhoneExtractor {
public:
    // National numbers are read in `caseRegion` (ISO 3166 alpha-2). `namedRegion`, the country a
    // text names (regionNamedIn), reads only those that are not valid in the case region and are
    // written in its own national form (with its trunk prefix, "07700 ..." in Britain, where
    // it has one): "212 555 0188" in a mail that mentions London stays American.
    explicit PhoneExtractor(const QString& caseRegion, const QString& namedRegion = {});
    Matches extract(const QString& text);

private:
    std::optional<NormalisedPhone> read(const QString& written);
    void matchRun(const QString& text, const phone_runs::Run& run, Matches& matches);
    std::size_t matchStretch(const QString& text, const phone_runs::Run& run,
                             const std::vector<phone_runs::Group>& groups, std::size_t first,
                             std::size_t end, Matches& matches);
    bool matchGroups(const QString& text, const phone_runs::Run& run,
                     const std::vector<phone_runs::Group>& groups, std::size_t first,
                     std::size_t last, bool withPlus, Matches& matches);
    PhoneNormaliser m_caseRegion;
    std::optional<PhoneNormaliser> m_namedRegion;
    QString m_namedTrunkPrefix; // the named region's national prefix ("0"), empty when none
};

} // namespace threadline::extract
