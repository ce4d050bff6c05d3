#include "extract/PhoneDigits.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace threadline::extract::phone_digits {

namespace {

enum class WordKind {
    Digits, // "seven", "seventeen"
    Tens,   // "forty": 4 and the unit that follows, or 0
    Weak,   // "to", "for": a digit only inside a number
};

struct Word {
    std::u16string_view text; // its length known at compile time, not counted at every letter
    std::string_view digits;
    WordKind kind = WordKind::Digits;
};

constexpr std::array kNumberWords = {
    Word{u"zero", "0"},
    Word{u"one", "1"},
    Word{u"two", "2"},
    Word{u"three", "3"},
    Word{u"four", "4"},
    Word{u"five", "5"},
    Word{u"six", "6"},
    Word{u"seven", "7"},
    Word{u"eight", "8"},
    Word{u"nine", "9"},
    Word{u"eleven", "11"},
    Word{u"twelve", "12"},
    Word{u"thirteen", "13"},
    Word{u"fourteen", "14"},
    Word{u"fifteen", "15"},
    Word{u"sixteen", "16"},
    Word{u"seventeen", "17"},
    Word{u"eighteen", "18"},
    Word{u"nineteen", "19"},
    Word{u"twenty", "2", WordKind::Tens},
    Word{u"thirty", "3", WordKind::Tens},
    Word{u"forty", "4", WordKind::Tens},
    Word{u"fourty", "4", WordKind::Tens},
    Word{u"fifty", "5", WordKind::Tens},
    Word{u"sixty", "6", WordKind::Tens},
    Word{u"seventy", "7", WordKind::Tens},
    Word{u"eighty", "8", WordKind::Tens},
    Word{u"ninety", "9", WordKind::Tens},
    Word{u"to", "2", WordKind::Weak},
    Word{u"too", "2", WordKind::Weak},
    Word{u"for", "4", WordKind::Weak},
    Word{u"fore", "4", WordKind::Weak},
    Word{u"won", "1", WordKind::Weak},
    Word{u"ate", "8", WordKind::Weak},
    Word{u"oh", "0", WordKind::Weak},
    Word{u"ten", "10", WordKind::Weak},
    Word{u"cero", "0"},
    Word{u"uno", "1"},
    Word{u"dos", "2"},
    Word{u"tres", "3"},
    Word{u"cuatro", "4"},
    Word{u"cinco", "5"},
    Word{u"seis", "6"},
    Word{u"siete", "7"},
    Word{u"ocho", "8"},
    Word{u"nueve", "9"},
};

// A letter that stands for a digit next to digits: "555 OI79", "(4I5)", "5S5", not "Olivia".
char lookAlikeDigit(QChar character) {
    switch (character.unicode()) {
    case u'O':
    case u'o':
        return '0';
    case u'I':
    case u'l':
        return '1';
    case u'S':
        return '5';
    case u'B':
        return '8';
    case u'Z':
        return '2';
    default:
        return 0;
    }
}

bool isLookAlike(QChar character) {
    return lookAlikeDigit(character) != 0;
}

bool isAsciiDigit(QChar character) {
    return character >= u'0' && character <= u'9';
}

// A look-alike letter counts as a digit when its chain of look-alikes touches a real digit.
bool touchesDigit(const QString& text, qsizetype at) {
    qsizetype first = at, last = at;
    while (first > 0 && isLookAlike(text[first - 1]))
        --first;
    while (last + 1 < text.size() && isLookAlike(text[last + 1]))
        ++last;
    return (first > 0 && text[first - 1].isDigit()) ||
           (last + 1 < text.size() && text[last + 1].isDigit());
}

char16_t asciiLower(char16_t unit) {
    return unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
}

// `word` (lower case ASCII) written at `at` in any case. Compared by hand: this runs for a good
// share of the letters of every ad, and most comparisons fail on the second letter.
bool spelledAt(const QString& text, qsizetype at, std::u16string_view word) {
    if (at + qsizetype(word.size()) > text.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (asciiLower(text[at + qsizetype(i)].unicode()) != word[i])
            return false;
    return true;
}

// Which number words start with each letter a..z, longest first ("seventeen" before "seven",
// "forty" before "for"): most letters of an ad start none, and this runs for every letter.
const std::array<std::vector<const Word*>, 26>& wordsByFirstLetter() {
    static const auto table = [] {
        std::array<std::vector<const Word*>, 26> byLetter;
        for (const Word& word : kNumberWords)
            byLetter[std::size_t(word.text[0] - u'a')].push_back(&word);
        for (auto& words : byLetter)
            std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
                return a->text.size() > b->text.size();
            });
        return byLetter;
    }();
    return table;
}

const Word* numberWordAt(const QString& text, qsizetype at) {
    const char16_t lower = asciiLower(text[at].unicode());
    if (lower < u'a' || lower > u'z')
        return nullptr;
    for (const Word* word : wordsByFirstLetter()[std::size_t(lower - u'a')])
        if (spelledAt(text, at, word->text))
            return word;
    return nullptr;
}

bool numberWordEndsAt(const QString& text, qsizetype end) {
    return std::any_of(kNumberWords.begin(), kNumberWords.end(), [&](const Word& word) {
        const auto length = qsizetype(word.text.size());
        return end >= length && spelledAt(text, end - length, word.text);
    });
}

// A letter that belongs to an ordinary word, not to a number written in words or look-alikes.
bool wordLetterAt(const QString& text, qsizetype at, bool before) {
    if (!text[at].isLetter())
        return false;
    if (isLookAlike(text[at]) && touchesDigit(text, at))
        return false;
    return before ? !numberWordEndsAt(text, at + 1) : numberWordAt(text, at) == nullptr;
}

// A number word glued into an ordinary word is no digit: the "one" of "phone", the "eight" of
// "weight", the "dos" of "dose", the "to" of "today". It may touch digits, separators,
// look-alikes and other number words: "six02two2eight", "fourone92", "sixO2", "3tothree".
bool standsAlone(const QString& text, qsizetype at, qsizetype end) {
    return (at == 0 || !wordLetterAt(text, at - 1, true)) &&
           (end == text.size() || !wordLetterAt(text, end, false));
}

// "forty two", "forty-two", "fortytwo": the unit word after a tens word, if one follows.
const Word* unitAfter(const QString& text, qsizetype end, qsizetype& unitEnd) {
    qsizetype at = end;
    if (at < text.size() && (text[at] == u' ' || text[at] == u'-'))
        ++at;
    if (at >= text.size())
        return nullptr;
    const Word* unit = numberWordAt(text, at);
    if (!unit || unit->kind != WordKind::Digits || unit->digits.size() != 1 ||
        unit->digits[0] == '0')
        return nullptr;
    const qsizetype after = at + qsizetype(unit->text.size());
    if (!standsAlone(text, at, after))
        return nullptr;
    unitEnd = after;
    return unit;
}

Digit wordDigit(const QString& text, qsizetype at, const Word& word) {
    const qsizetype end = at + qsizetype(word.text.size());
    if (!standsAlone(text, at, end))
        return {};
    Digit digit;
    digit.plain = false;
    digit.weak = word.kind == WordKind::Weak;
    digit.length = end - at;
    digit.count = int(word.digits.size());
    std::copy(word.digits.begin(), word.digits.end(), digit.values);
    if (word.kind == WordKind::Tens) {
        qsizetype unitEnd = end;
        const Word* unit = unitAfter(text, end, unitEnd);
        digit.count = 2;
        digit.values[1] = unit ? unit->digits[0] : '0';
        digit.length = unitEnd - at;
    }
    return digit;
}

// A number word, or a look-alike letter standing for a digit, at `at` (an ASCII letter).
Digit letterDigitAt(const QString& text, qsizetype at) {
    if (const Word* word = numberWordAt(text, at))
        if (const Digit digit = wordDigit(text, at, *word); digit.count > 0)
            return digit;
    const char value = lookAlikeDigit(text[at]);
    if (value == 0 || !touchesDigit(text, at))
        return {};
    return {{value, 0}, 1, 1, false, false};
}

bool isFullWidthPunctuation(char16_t unit) {
    return (unit >= 0xFF01 && unit <= 0xFF0F) || (unit >= 0xFF1A && unit <= 0xFF20) ||
           (unit >= 0xFF3B && unit <= 0xFF40) || (unit >= 0xFF5B && unit <= 0xFF65) ||
           (unit >= 0x3000 && unit <= 0x303F);
}

} // namespace

Digit digitAt(const QString& text, qsizetype at) {
    const char16_t unit = text[at].unicode();
    if (unit >= u'0' && unit <= u'9') {
        // A keycap emoji is the digit, U+FE0F (optional) and U+20E3.
        qsizetype length = 1;
        if (at + 1 < text.size() && text[at + 1].unicode() == 0xFE0F)
            ++length;
        if (at + length < text.size() && text[at + length].unicode() == 0x20E3)
            return {{char(unit), 0}, 1, length + 1, false, false};
        return {{char(unit), 0}, 1, 1, true, false};
    }
    if (unit >= 0xFF10 && unit <= 0xFF19) // full-width digits
        return {{char('0' + (unit - 0xFF10)), 0}, 1, 1, false, false};
    if (asciiLower(unit) >= u'a' && asciiLower(unit) <= u'z')
        return letterDigitAt(text, at); // number words and look-alikes are all ASCII
    return {};
}

bool isCurrencySign(QChar character) {
    const char16_t unit = character.unicode();
    return unit == u'$' || unit == u'£' || unit == u'€' || unit == u'¥' || unit == 0xFF04;
}

bool isSeparator(const QString& text, qsizetype at) {
    const QChar character = text[at];
    const char16_t unit = character.unicode();
    if (unit == u'$') // "773$240$1317", never the sign of a price after a space
        return at > 0 && (isAsciiDigit(text[at - 1]) || text[at - 1].isLetter());
    if (unit < 0x80)
        return unit == u' ' || (unit >= u'\t' && unit <= u'\r') ||
               std::u16string_view(u".-/()_*,|~:;'\"").find(unit) != std::u16string_view::npos;
    // Emoji and symbols placed between digit groups ("602💋228💋4192"), full-width punctuation
    // around full-width digits ("（６０２）５５５－０１４２").
    return character.isSpace() || character.isSurrogate() ||
           character.category() == QChar::Symbol_Other || unit == 0xFE0F || unit == 0x200D ||
           isFullWidthPunctuation(unit) || character.category() == QChar::Punctuation_Dash;
}

} // namespace threadline::extract::phone_digits
