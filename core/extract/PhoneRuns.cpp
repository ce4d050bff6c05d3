#include "extract/PhoneRuns.h"

#include <array>

namespace threadline::extract::phone_runs {

namespace {

// What stands between two groups, without spaces: "-", "/", "" for a space.
QString separatorBefore(const QString& text, const std::vector<Group>& groups, std::size_t index) {
    return text.mid(groups[index - 1].end, groups[index].begin - groups[index - 1].end)
        .simplified()
        .remove(u' ');
}

struct GroupValue {
    int digits = 0; // how many
    int value = 0;
};

GroupValue valueOf(const Run& run, const Group& group) {
    GroupValue result;
    for (int index = group.firstDigit; index <= group.lastDigit; ++index) {
        result.value = result.value * 10 + (run.digits[std::size_t(index)].value - '0');
        ++result.digits;
    }
    return result;
}

bool isYear(GroupValue group) {
    return group.digits == 4 && group.value >= 1900 && group.value <= 2099;
}

bool isDayOrMonth(GroupValue group) {
    return group.digits <= 2 && group.value >= 1 && group.value <= 31;
}

// The checks below look at each group with the ones after it: `at` is the first.
struct Context {
    const QString& text;
    const Run& run;
    const std::vector<Group>& groups;
    std::vector<GroupValue> values;
    std::vector<QString> separators; // separators[i]: what stands before group i

    bool has(std::size_t at, std::size_t count) const { return at + count <= groups.size(); }
};

// "2015-11-17", "2016 06 17", "17.11.2015", "11/17/2015", "11/17/15".
int datesAt(const Context& c, std::size_t at) {
    if (!c.has(at, 3) || c.separators[at + 1] != c.separators[at + 2])
        return 0;
    const QString& separator = c.separators[at + 1];
    const GroupValue a = c.values[at], b = c.values[at + 1], d = c.values[at + 2];
    const bool dateSeparator = separator == u"-" || separator == u"/" || separator == u".";
    if (isYear(a) && b.digits <= 2 && b.value >= 1 && b.value <= 12 && isDayOrMonth(d) &&
        (dateSeparator || separator.isEmpty()))
        return 3;
    if (isDayOrMonth(a) && isDayOrMonth(b) &&
        ((isYear(d) && dateSeparator) || (d.digits == 2 && separator == u"/")))
        return 3;
    return 0;
}

// "3/14": a month and day. Phone numbers are never written in groups of one or two digits
// between slashes.
int monthDayAt(const Context& c, std::size_t at) {
    return c.has(at, 2) && c.separators[at + 1] == u"/" && isDayOrMonth(c.values[at]) &&
                   isDayOrMonth(c.values[at + 1])
               ? 2
               : 0;
}

// "9:30", "21:05".
int timeAt(const Context& c, std::size_t at) {
    return c.has(at, 2) && c.separators[at + 1].contains(u':') && c.values[at].digits <= 2 &&
                   c.values[at].value <= 23 && c.values[at + 1].digits == 2 &&
                   c.values[at + 1].value <= 59
               ? 2
               : 0;
}

// "2015-2016", "2015/16" is left: a year range.
int yearRangeAt(const Context& c, std::size_t at) {
    return c.has(at, 2) && isYear(c.values[at]) && isYear(c.values[at + 1]) &&
                   (c.separators[at + 1] == u"-" || c.separators[at + 1] == u"/" ||
                    c.separators[at + 1] == u"–")
               ? 2
               : 0;
}

constexpr std::array kPriceUnits = {"hr",    "hrs",   "h",   "hh",  "hour", "hours", "min",
                                    "mins",  "qv",    "hhr", "k",   "usd",  "eur",   "euro",
                                    "euros", "roses", "gbp", "aud", "cad",  "bucks", "dollars"};

bool priceUnitAt(const QString& text, qsizetype at) {
    if (at < text.size() && text[at] == u' ')
        ++at;
    qsizetype end = at;
    while (end < text.size() && text[end].isLetter())
        ++end;
    const QString word = text.mid(at, end - at).toLower();
    return !word.isEmpty() &&
           std::any_of(kPriceUnits.begin(), kPriceUnits.end(),
                       [&](const char* unit) { return word == QLatin1String(unit); });
}

// "$250", "£80", "95hr", "120 hh".
int priceAt(const Context& c, std::size_t at) {
    const Group& group = c.groups[at];
    const bool sign = group.begin > 0 && phone_digits::isCurrencySign(c.text[group.begin - 1]) &&
                      !phone_digits::isSeparator(c.text, group.begin - 1);
    return sign || priceUnitAt(c.text, group.end) ? 1 : 0;
}

// The whitespace-delimited word around `at`.
std::pair<qsizetype, qsizetype> tokenAround(const QString& text, qsizetype at) {
    qsizetype begin = at, end = at;
    while (begin > 0 && !text[begin - 1].isSpace())
        --begin;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    return {begin, end};
}

constexpr int kUrlIdDigits = 5;

// "/31798050" ending a URL, "?pid=6875896": a number the site gave the page. Not a number in
// the host ("909-920-9796.escorts...") or one followed by more of the path
// ("/602-228-4192/1/310054").
int urlIdAt(const Context& c, std::size_t at) {
    const Group& group = c.groups[at];
    if (c.values[at].digits < kUrlIdDigits || c.run.plus || group.begin == 0)
        return 0;
    const auto [begin, end] = tokenAround(c.text, group.begin);
    const QStringView token = QStringView(c.text).mid(begin, end - begin);
    const qsizetype scheme = token.indexOf(QLatin1String("://"));
    const qsizetype pathStart =
        token.indexOf(u'/', scheme >= 0 ? scheme + 3 : 0); // the first slash after the host
    const bool url = scheme >= 0 || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
    if (!url || pathStart < 0 || group.begin < begin + pathStart)
        return 0;
    const QChar before = c.text[group.begin - 1];
    const QStringView after = QStringView(c.text).mid(group.end, end - group.end);
    const bool last = after.isEmpty() || after.startsWith(u'?') || after.startsWith(u'#') ||
                      after.startsWith(u'&') || after.startsWith(QLatin1String(".htm"));
    // The end of a slug ("...-candy-23-4010331.html") too, unless it has a phone's length.
    const bool wholeSegment = before == u'/' || before == u'=';
    const bool phoneLength = c.values[at].digits >= 10 && c.values[at].digits <= 11;
    return last && (wholeSegment || !phoneLength) ? 1 : 0;
}

// "TX 76574-2136": a US ZIP+4 code, five digits, a hyphen and four.
int zipPlusFourAt(const Context& c, std::size_t at) {
    return c.has(at, 2) && c.values[at].digits == 5 && c.values[at + 1].digits == 4 &&
                   c.separators[at + 1] == u"-"
               ? 2
               : 0;
}

bool isHexLetter(QChar character) {
    const char16_t lower = character.toLower().unicode();
    return lower >= u'a' && lower <= u'f';
}

// "f02a9087-882569ee": digits glued to the letters of a hexadecimal id.
int hexIdAt(const Context& c, std::size_t at) {
    const Group& group = c.groups[at];
    const bool gluedToLetter = (group.begin > 0 && c.text[group.begin - 1].isLetter()) ||
                               (group.end < c.text.size() && c.text[group.end].isLetter());
    if (!gluedToLetter)
        return 0;
    qsizetype begin = group.begin, end = group.end;
    while (begin > 0 && c.text[begin - 1].isLetterOrNumber())
        --begin;
    while (end < c.text.size() && c.text[end].isLetterOrNumber())
        ++end;
    for (qsizetype at = begin; at < end; ++at)
        if (!c.text[at].isDigit() && !isHexLetter(c.text[at]))
            return 0;
    return 1;
}

// "ISBN 978-3519122265", "978-3-11-022475-7": a book number, the whole of it.
int isbnAt(const Context& c, std::size_t at) {
    const Group& group = c.groups[at];
    const QStringView before = QStringView(c.text).mid(std::max<qsizetype>(0, group.begin - 12),
                                                       std::min<qsizetype>(group.begin, 12));
    std::size_t last = at;
    int digits = c.values[at].digits;
    while (last + 1 < c.groups.size() && digits < 13)
        digits += c.values[++last].digits;
    const bool prefixed = (c.values[at].value == 978 || c.values[at].value == 979) &&
                          c.values[at].digits == 3 && digits == 13;
    if (before.contains(QLatin1String("ISBN"), Qt::CaseInsensitive))
        return int(c.groups.size() - at);
    return prefixed ? int(last - at + 1) : 0;
}

} // namespace

std::vector<Group> groupsOf(const Run& run) {
    std::vector<Group> groups;
    for (int index = 0; index < int(run.digits.size()); ++index) {
        const RunDigit& digit = run.digits[std::size_t(index)];
        if (groups.empty() || run.digits[std::size_t(index - 1)].group != digit.group)
            groups.push_back({index, index, digit.begin, digit.end});
        groups.back().lastDigit = index;
        groups.back().end = digit.end;
    }
    return groups;
}

std::vector<bool> notPhoneGroups(const QString& text, const Run& run,
                                 const std::vector<Group>& groups) {
    Context context{text, run, groups, {}, {}};
    for (std::size_t index = 0; index < groups.size(); ++index) {
        context.values.push_back(valueOf(run, groups[index]));
        context.separators.push_back(index == 0 ? QString() : separatorBefore(text, groups, index));
    }
    std::vector<bool> blocked(groups.size(), false);
    for (std::size_t at = 0; at < groups.size(); ++at) {
        int count = 0;
        for (auto check : {isbnAt, datesAt, monthDayAt, timeAt, yearRangeAt, zipPlusFourAt, priceAt,
                           urlIdAt, hexIdAt})
            if ((count = check(context, at)) > 0)
                break;
        for (int offset = 0; offset < count; ++offset)
            blocked[at + std::size_t(offset)] = true;
    }
    return blocked;
}

void trimWeakEnd(Run& run) {
    while (!run.digits.empty() && run.digits.back().weak)
        run.digits.pop_back();
}

bool weakDigitCounts(const QString& text, qsizetype at, const phone_digits::Digit& digit,
                     const Run& run) {
    if (digitGluedAfter(text, at, digit))
        return true;
    if (run.digits.empty())
        return false;
    const RunDigit& before = run.digits.back();
    if (before.end == at)
        return true; // glued to what came before: "zerofor", "9to"
    // Between number words: the next digit, past the separators, must be a word too.
    qsizetype next = at + digit.length;
    while (next < text.size() && phone_digits::isSeparator(text, next))
        ++next;
    if (before.plain || next >= text.size())
        return false;
    const phone_digits::Digit after = phone_digits::digitAt(text, next);
    return after.count > 0 && !after.plain && !after.weak;
}

bool digitGluedAfter(const QString& text, qsizetype at, const phone_digits::Digit& digit) {
    const qsizetype next = at + digit.length;
    if (next >= text.size())
        return false;
    const phone_digits::Digit after = phone_digits::digitAt(text, next);
    return after.count > 0 && !after.weak;
}

} // namespace threadline::extract::phone_runs
