#pragma once

// Candidate runs of digits for PhoneExtractor, their groups as written, and which groups are
// dates, times, prices or ids rather than parts of a phone number. Internal to the extractor.
#include "extract/PhoneDigits.h"

#include <QString>

#include <vector>

namespace threadline::extract::phone_runs {

struct RunDigit {
    char value = 0;
    qsizetype begin = 0; // the text span of what wrote it ("7", "seven", the "forty two" of 4)
    qsizetype end = 0;
    bool plain = true;
    bool weak = false;
    int group = 0; // digits written together, with no separator between them, share a group
};

// Digits however written, with the separators between them, as found in the text.
struct Run {
    qsizetype start = -1;
    bool plus = false; // written with its country code ("+44", "wa.me/44...")
    std::vector<RunDigit> digits;
};

struct Group {
    int firstDigit = 0; // indices into Run::digits
    int lastDigit = 0;
    qsizetype begin = 0; // its text span
    qsizetype end = 0;
};

std::vector<Group> groupsOf(const Run& run);

// The groups that are not part of any phone number: dates ("2015-11-17", "11/17/2015",
// "3/14"), times ("9:30"), year ranges ("2015-2016"), ZIP+4 codes ("76574-2136"), prices
// ("$250", "95hr"), ids ending a URL ("/31798050", "?pid=6875896"), hexadecimal ids
// ("f02a9087-882569ee") and ISBNs ("ISBN 978-3519122265").
std::vector<bool> notPhoneGroups(const QString& text, const Run& run,
                                 const std::vector<Group>& groups);

// Drops the words that sound like digits from the end of a run: "... 0142 to book".
void trimWeakEnd(Run& run);

// Whether a word that sounds like a digit ("to", "for", "oh") at `at` is one here: glued to a
// digit or number word ("3tothree", "for80"), or between number words ("six oh two"); never
// between digits written as digits ("141952) for 2500").
bool weakDigitCounts(const QString& text, qsizetype at, const phone_digits::Digit& digit,
                     const Run& run);

// Whether a digit, or a word that is one, follows `digit` at `at` with nothing between ("for80").
bool digitGluedAfter(const QString& text, qsizetype at, const phone_digits::Digit& digit);

} // namespace threadline::extract::phone_runs
