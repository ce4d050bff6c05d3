#include "extract/PhoneExtractor.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace threadline::extract {

namespace {

// Separators allowed between the digits of one number, and how many in a row.
constexpr int kMaxGap = 4;
constexpr int kMinDigits = 10;
constexpr int kMaxDigits = 15;

struct Word {
    std::u16string_view text; // its length known at compile time, not counted at every letter
    char digit;
};

// No word starts another, so the first that matches is the one written.
constexpr std::array kNumberWords = {
    Word{u"zero", '0'},  Word{u"one", '1'},   Word{u"two", '2'},    Word{u"three", '3'},
    Word{u"four", '4'},  Word{u"five", '5'},  Word{u"six", '6'},    Word{u"seven", '7'},
    Word{u"eight", '8'}, Word{u"nine", '9'},  Word{u"cero", '0'},   Word{u"uno", '1'},
    Word{u"dos", '2'},   Word{u"tres", '3'},  Word{u"cuatro", '4'}, Word{u"cinco", '5'},
    Word{u"seis", '6'},  Word{u"siete", '7'}, Word{u"ocho", '8'},   Word{u"nueve", '9'},
};

// A digit written any way at `at`: its value and how many UTF-16 units it spans; 0 when none.
struct Digit {
    char value = 0;
    qsizetype length = 0;
    bool plain = true; // an ASCII digit, not a word, letter, keycap or full-width form
};

bool isLookAlike(QChar character) {
    return character == QLatin1Char('O') || character == QLatin1Char('o') ||
           character == QLatin1Char('I') || character == QLatin1Char('l');
}

// A look-alike letter counts as a digit when its chain of look-alikes touches a real digit:
// "555 OI79", "(4I5)", not "Olivia" or "Ill".
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

// Which number words start with each letter a..z: most letters of an ad start none, and this
// runs for every letter of every ad.
const std::array<std::vector<const Word*>, 26>& wordsByFirstLetter() {
    static const auto table = [] {
        std::array<std::vector<const Word*>, 26> byLetter;
        for (const Word& word : kNumberWords)
            byLetter[std::size_t(word.text[0] - u'a')].push_back(&word);
        return byLetter;
    }();
    return table;
}

bool numberWordAt(const QString& text, qsizetype at) {
    const char16_t lower = asciiLower(text[at].unicode());
    if (lower < u'a' || lower > u'z')
        return false;
    for (const Word* word : wordsByFirstLetter()[std::size_t(lower - u'a')])
        if (spelledAt(text, at, word->text))
            return true;
    return false;
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
    return before ? !numberWordEndsAt(text, at + 1) : !numberWordAt(text, at);
}

// A number word glued into an ordinary word is no digit: the "one" of "phone", the "eight" of
// "eighteen", the "dos" of "dose". It may touch digits, separators, look-alikes and other number
// words: "six02two2eight", "fourone92", "sixO2".
bool standsAlone(const QString& text, qsizetype at, qsizetype end) {
    return (at == 0 || !wordLetterAt(text, at - 1, true)) &&
           (end == text.size() || !wordLetterAt(text, end, false));
}

// A number word, or a look-alike letter standing for a digit, at `at` (an ASCII letter).
Digit letterDigitAt(const QString& text, qsizetype at, char16_t unit) {
    const char16_t lower = asciiLower(unit);
    for (const Word* word : wordsByFirstLetter()[std::size_t(lower - u'a')]) {
        if (!spelledAt(text, at, word->text))
            continue;
        const auto length = qsizetype(word->text.size());
        return standsAlone(text, at, at + length) ? Digit{word->digit, length, false} : Digit{};
    }
    // O for 0 and I/l for 1 only next to digits: "(4I5) 555 O1 99", not "Olivia".
    if (!isLookAlike(QChar(unit)) || !touchesDigit(text, at))
        return {};
    return {unit == u'O' || unit == u'o' ? '0' : '1', 1, false};
}

Digit digitAt(const QString& text, qsizetype at) {
    const char16_t unit = text[at].unicode();
    if (unit >= u'0' && unit <= u'9') {
        // A keycap emoji is the digit, U+FE0F (optional) and U+20E3.
        qsizetype length = 1;
        if (at + 1 < text.size() && text[at + 1].unicode() == 0xFE0F)
            ++length;
        if (at + length < text.size() && text[at + length].unicode() == 0x20E3)
            return {char(unit), length + 1, false};
        return {char(unit), 1, true};
    }
    if (unit >= 0xFF10 && unit <= 0xFF19) // full-width digits
        return {char('0' + (unit - 0xFF10)), 1, false};
    if (asciiLower(unit) >= u'a' && asciiLower(unit) <= u'z')
        return letterDigitAt(text, at, unit); // number words and look-alikes are all ASCII
    return {};
}

bool isSeparator(QChar character) {
    const char16_t unit = character.unicode();
    if (unit < 0x80)
        return unit == u' ' || (unit >= u'\t' && unit <= u'\r') ||
               std::u16string_view(u".-/()_*,|~:").find(unit) != std::u16string_view::npos;
    // Emoji and symbols placed between digit groups ("602💋228💋4192").
    return character.isSpace() || character.isSurrogate() ||
           character.category() == QChar::Symbol_Other || unit == 0xFE0F || unit == 0x200D;
}

} // namespace

// A run of digits with the separators between them, as found in the text.
struct PhoneExtractor::Run {
    qsizetype start = -1;
    QString digits;
    std::vector<std::pair<qsizetype, qsizetype>> spans; // text span of each digit
    bool plus = false;
    bool obfuscated = false;
    bool bracketed = false; // "(753) 555-0166": the opening bracket belongs to the number
};

constexpr int kRunLimit = 64; // digits; longer runs are tables of numbers, split by windows

// Tries the whole run, then windows of it: several numbers written one after another form one
// run ("call 602 555 0142 or 480 555 0177").
void PhoneExtractor::matchRun(const Run& run, Matches& matches) {
    auto emit = [&](qsizetype first, qsizetype count) {
        const QString written = (run.plus && first == 0 ? QStringLiteral("+") : QString()) +
                                run.digits.mid(first, count);
        auto phone = m_normalise(written);
        if ((!phone || !phone->valid) && m_fallback)
            phone = (*m_fallback)(written); // a US number in a London ad is still a US number
        if (!phone || !phone->valid)
            return false;
        const qsizetype start = run.plus && first == 0        ? run.start
                                : run.bracketed && first == 0 ? run.start - 1
                                                              : run.spans[std::size_t(first)].first;
        matches.push_back({QStringLiteral("phone"), phone->e164, start,
                           run.spans[std::size_t(first + count - 1)].second,
                           run.obfuscated ? 0.85 : 0.98});
        return true;
    };
    const qsizetype length = run.digits.size();
    if (length <= kMaxDigits && (length >= kMinDigits || run.plus) && emit(0, length))
        return;
    for (qsizetype first = 0; first + kMinDigits <= length;) {
        if (emit(first, kMinDigits + 1))
            first += kMinDigits + 1;
        else if (emit(first, kMinDigits))
            first += kMinDigits;
        else
            ++first;
    }
}

Matches PhoneExtractor::extract(const QString& text) {
    Matches matches;
    std::vector<Run> runs;
    Run run;
    int gap = 0;
    auto close = [&] {
        if (run.digits.size() >= kMinDigits - 3) // national numbers can be 7 digits plus area code
            runs.push_back(run);
        run = {};
        gap = 0;
    };
    for (qsizetype at = 0; at < text.size();) {
        const Digit digit = digitAt(text, at);
        if (digit.length > 0) {
            if (run.start < 0) {
                run.start = at;
                // "+1 602 ...", and messenger links, which always carry the country code.
                const QStringView before = QStringView(text).mid(std::max<qsizetype>(0, at - 6),
                                                                 std::min<qsizetype>(at, 6));
                run.plus = (at > 0 && text[at - 1] == QLatin1Char('+')) ||
                           before.compare(QLatin1String("wa.me/"), Qt::CaseInsensitive) == 0 ||
                           before.compare(QLatin1String("phone="), Qt::CaseInsensitive) == 0;
                if (run.plus)
                    run.start = at - 1;
            }
            run.digits += QLatin1Char(digit.value);
            run.spans.push_back({at, at + digit.length});
            run.obfuscated = run.obfuscated || !digit.plain;
            gap = 0;
            at += digit.length;
            if (run.digits.size() > kRunLimit)
                close();
            continue;
        }
        if (run.start >= 0 && isSeparator(text[at]) && ++gap <= kMaxGap) {
            // An area code in brackets: the "(" before the run's first digit is part of it.
            run.bracketed =
                run.bracketed || (text[at] == u')' && !run.plus && run.start > 0 &&
                                  text[run.start - 1] == u'(' && run.digits.size() <= 4);
            ++at;
            continue;
        }
        if (run.start >= 0)
            close();
        ++at;
    }
    if (run.start >= 0)
        close();

    for (const Run& candidate : runs)
        matchRun(candidate, matches);
    return matches;
}

} // namespace threadline::extract
