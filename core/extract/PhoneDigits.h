#pragma once

// How PhoneExtractor reads one digit however it is written, and what may stand between the
// digits of one number. Internal to the phone extractor.
#include <QString>

namespace threadline::extract::phone_digits {

// The digits written at a place of a text: one for "7", "seven", "S" or "７", two for
// "seventeen" or "forty two"; none when no digit is written there.
struct Digit {
    char values[2] = {};
    int count = 0;
    qsizetype length = 0; // UTF-16 units it spans
    bool plain = true;    // ASCII digits, not a word, letter, keycap or full-width form
    // A word that sounds like a digit but is common on its own ("to", "for", "won", "ate", "oh"):
    // a digit only inside a number, never at its start or end.
    bool weak = false;
};

Digit digitAt(const QString& text, qsizetype at);

// Characters that may stand between the digits of one number: spaces, dots, dashes, slashes,
// brackets, "$" between digits, emoji and other symbols, full-width punctuation.
bool isSeparator(const QString& text, qsizetype at);

// A currency sign written before a price ("$250", "£80"), not between digits ("773$240").
bool isCurrencySign(QChar character);

} // namespace threadline::extract::phone_digits
