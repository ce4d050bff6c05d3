#include "extract/PhoneExtractor.h"

#include "extract/PhoneDigits.h"
#include "extract/PhoneRuns.h"

#include <phonenumbers/phonenumberutil.h>

namespace threadline::extract {

using namespace phone_digits;
using namespace phone_runs;

namespace {

constexpr int kMaxGap = 4; // separators in a row between the digits of one number
constexpr int kMinDigits = 10;
constexpr int kMaxDigits = 15;
constexpr int kMaxWindow = 12;   // digits of one number taken out of a longer run
constexpr int kRunLimit = 64;    // digits; longer runs are tables of numbers, split by windows
constexpr int kFillerRepeat = 6; // one digit this many times in a row is filler, not a number

// "0000000000", "9999999 123": runs of one digit that ads put in titles to catch the eye.
bool isFiller(const QString& digits) {
    int repeat = 1;
    for (qsizetype at = 1; at < digits.size(); ++at) {
        repeat = digits[at] == digits[at - 1] ? repeat + 1 : 1;
        if (repeat >= kFillerRepeat)
            return true;
    }
    return false;
}

QString nationalPrefixOf(const QString& region) {
    std::string prefix;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(
        region.toUpper().toStdString(), true, &prefix);
    return QString::fromStdString(prefix);
}

// "+1 602 ...", and messenger links, which always carry the country code.
bool writtenWithCountryCode(const QString& text, qsizetype at) {
    if (at > 0 && (text[at - 1] == u'+' || text[at - 1] == u'＋'))
        return true;
    const QStringView before =
        QStringView(text).mid(std::max<qsizetype>(0, at - 6), std::min<qsizetype>(at, 6));
    return before.compare(QLatin1String("wa.me/"), Qt::CaseInsensitive) == 0 ||
           before.compare(QLatin1String("phone="), Qt::CaseInsensitive) == 0;
}

} // namespace

PhoneExtractor::PhoneExtractor(const QString& caseRegion, const QString& namedRegion)
    : m_caseRegion(caseRegion) {
    if (!namedRegion.isEmpty() && namedRegion.compare(caseRegion, Qt::CaseInsensitive) != 0) {
        m_namedRegion.emplace(namedRegion);
        m_namedTrunkPrefix = nationalPrefixOf(namedRegion);
    }
}

// The case region first: a number valid there and written in its national form never changes
// country because a text names another. The named country reads only what the case region
// cannot, and only when it is written with that country's trunk prefix (where it has one).
std::optional<NormalisedPhone> PhoneExtractor::read(const QString& written) {
    auto phone = m_caseRegion(written);
    if ((phone && phone->valid) || !m_namedRegion || written.startsWith(u'+'))
        return phone;
    if (!m_namedTrunkPrefix.isEmpty() && !written.startsWith(m_namedTrunkPrefix))
        return phone;
    auto named = (*m_namedRegion)(written);
    return named && named->valid ? named : phone;
}

namespace {

bool opensBracket(const QString& text, const Group& group) {
    return group.begin > 0 && text[group.begin - 1] == u'(';
}

// One past the last group of the stretch that starts at `first`: it ends at a group that is not
// a phone's, or at an opening bracket, which starts an area code ("TX 76574 (512)248-3003").
std::size_t stretchEnd(const QString& text, const std::vector<Group>& groups,
                       const std::vector<bool>& blocked, std::size_t first) {
    std::size_t end = first + 1;
    while (end < groups.size() && !blocked[end] && !opensBracket(text, groups[end]))
        ++end;
    return end;
}

QString digitsOf(const Run& run, const Group& first, const Group& last) {
    QString digits;
    for (int index = first.firstDigit; index <= last.lastDigit; ++index)
        digits += run.digits[std::size_t(index)].value;
    return digits;
}

int digitCount(const std::vector<Group>& groups, std::size_t first, std::size_t last) {
    return groups[last].lastDigit - groups[first].firstDigit + 1;
}

} // namespace

// The groups first..last of a run read as one number, added to `matches` when it is one.
// `withPlus`: read it as written with its country code.
bool PhoneExtractor::matchGroups(const QString& text, const Run& run,
                                 const std::vector<Group>& groups, std::size_t first,
                                 std::size_t last, bool withPlus, Matches& matches) {
    const QString digits = digitsOf(run, groups[first], groups[last]);
    if (isFiller(digits))
        return false;
    const bool writtenPlus = run.plus && groups[first].firstDigit == 0;
    const auto phone = read(writtenPlus || withPlus ? QStringLiteral("+") + digits : digits);
    if (!phone || !phone->valid)
        return false;
    const RunDigit& firstDigit = run.digits[std::size_t(groups[first].firstDigit)];
    const bool bracketed = opensBracket(text, groups[first]) && groups[first].end < text.size() &&
                           text[groups[first].end] == u')';
    const qsizetype start = writtenPlus ? run.start
                            : bracketed ? firstDigit.begin - 1
                                        : firstDigit.begin;
    bool obfuscated = false;
    for (int index = groups[first].firstDigit; index <= groups[last].lastDigit; ++index)
        obfuscated = obfuscated || !run.digits[std::size_t(index)].plain;
    matches.push_back({QStringLiteral("phone"), phone->e164, start,
                       run.digits[std::size_t(groups[last].lastDigit)].end,
                       obfuscated ? 0.85 : 0.98});
    return true;
}

// Reads the stretch of groups first..end-1; returns the group to go on from. The stretch is
// tried whole, then as written abroad without its plus ("44-20-7842-9358"), then in windows of
// whole groups: several numbers written one after another form one stretch ("602 555 0142 480
// 555 0177"), and a window never starts or ends inside a group as written, so the digits of a
// date or id glued to a number are not taken for part of it.
std::size_t PhoneExtractor::matchStretch(const QString& text, const Run& run,
                                         const std::vector<Group>& groups, std::size_t first,
                                         std::size_t end, Matches& matches) {
    const int digits = digitCount(groups, first, end - 1);
    const bool plus = run.plus && groups[first].firstDigit == 0;
    if (digits <= kMaxDigits && (digits >= kMinDigits || plus) &&
        matchGroups(text, run, groups, first, end - 1, false, matches))
        return end;
    // Only a stretch that starts the run or an opening bracket, not the rest of one a window has
    // read into ("23 23 4010331").
    const bool writtenAlone = first == 0 || opensBracket(text, groups[first]);
    const int countryCodeDigits = groups[first].lastDigit - groups[first].firstDigit + 1;
    if (!plus && writtenAlone && countryCodeDigits <= 3 && end - first >= 3 &&
        digits >= kMinDigits && digits <= kMaxDigits &&
        matchGroups(text, run, groups, first, end - 1, true, matches))
        return end;
    // "011-52-69-13-3333", "0044 20 ...": a number dialled abroad is read whole or not at all.
    const QString firstDigits = digitsOf(run, groups[first], groups[first]);
    if (firstDigits.startsWith(QLatin1String("00")) || firstDigits == QLatin1String("011"))
        return end;
    for (std::size_t last = end; last-- > first;) {
        const int count = digitCount(groups, first, last);
        if (count >= kMinDigits && count <= kMaxWindow &&
            matchGroups(text, run, groups, first, last, false, matches))
            return last + 1;
    }
    return first + 1;
}

void PhoneExtractor::matchRun(const QString& text, const Run& run, Matches& matches) {
    const std::vector<Group> groups = groupsOf(run);
    const std::vector<bool> blocked = notPhoneGroups(text, run, groups);
    for (std::size_t first = 0; first < groups.size();)
        first = blocked[first] ? first + 1
                               : matchStretch(text, run, groups, first,
                                              stretchEnd(text, groups, blocked, first), matches);
}

Matches PhoneExtractor::extract(const QString& text) {
    Matches matches;
    std::vector<Run> runs;
    Run run;
    int gap = 0;
    auto close = [&] {
        trimWeakEnd(run);
        if (run.digits.size() >= kMinDigits - 3) // national numbers can be 7 digits plus area code
            runs.push_back(std::move(run));
        run = {};
        gap = 0;
    };
    for (qsizetype at = 0; at < text.size();) {
        const Digit digit = digitAt(text, at);
        // A word that sounds like a digit is one only where weakDigitCounts says: "call me for
        // details" is no number.
        const bool starts = digit.count > 0 && run.start < 0;
        if (digit.count > 0 && (!digit.weak || weakDigitCounts(text, at, digit, run))) {
            if (starts) {
                run.start = at;
                run.plus = writtenWithCountryCode(text, at);
                if (run.plus)
                    run.start = at - 1;
            }
            const int group = run.digits.empty() ? 0
                              : gap > 0          ? run.digits.back().group + 1
                                                 : run.digits.back().group;
            for (int index = 0; index < digit.count; ++index)
                run.digits.push_back(
                    {digit.values[index], at, at + digit.length, digit.plain, digit.weak, group});
            gap = 0;
            at += digit.length;
            if (run.digits.size() > kRunLimit)
                close();
            continue;
        }
        if (run.start >= 0 && isSeparator(text, at) && ++gap <= kMaxGap) {
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
        matchRun(text, candidate, matches);
    return matches;
}

} // namespace threadline::extract
