#include "extract/RegionHints.h"

#include "util/WordHash.h"

#include <QHash>
#include <QStringList>

#include <array>

namespace threadline::extract {

namespace {

struct Place {
    const char* names; // '|' between names; a name may be several words
    const char* region;
};

// Big cities and country names where ads are posted; extend as casework needs. Written in lower
// case, with and without accents.
constexpr std::array kPlaces = {
    Place{"london|manchester|birmingham|leeds|glasgow|liverpool|edinburgh|bristol|united "
          "kingdom|uk|england|scotland",
          "GB"},
    Place{"sydney|melbourne|brisbane|perth|adelaide|australia", "AU"},
    Place{"toronto|montreal|vancouver|calgary|ottawa|canada", "CA"},
    Place{"cdmx|ciudad de méxico|ciudad de mexico|guadalajara|monterrey|tijuana|cancún|cancun|"
          "méxico|mexico",
          "MX"},
    Place{"madrid|barcelona|valencia|sevilla|españa|espana|spain", "ES"},
    Place{"paris|marseille|lyon|france", "FR"},
    Place{"berlin|hamburg|münchen|munchen|munich|frankfurt|germany|deutschland", "DE"},
    Place{"dublin|ireland", "IE"},
};

constexpr int kLongestName = 3; // words

bool isWordCharacter(QChar character) { // as \w: letters, digits and the underscore
    return character.isLetterOrNumber() || character == u'_';
}

// The key of a run of words, from their own keys.
std::uint64_t phraseKey(const std::uint64_t* words, int count) {
    std::uint64_t key = 0;
    for (int index = 0; index < count; ++index)
        key = (key ^ words[index]) * 0x9e3779b97f4a7c15ULL + std::uint64_t(index);
    return key;
}

struct PlaceName {
    int words = 1;
    std::uint64_t key = 0; // phraseKey of its words
    QString region;
};

// Every place name (one to three words) filed under the key of its last word, so a word of the
// text costs one lookup, and names of several words are checked only when their last one is seen.
const QHash<std::uint64_t, std::vector<PlaceName>>& placeNames() {
    static const QHash<std::uint64_t, std::vector<PlaceName>> names = [] {
        QHash<std::uint64_t, std::vector<PlaceName>> byLastWord;
        for (const Place& place : kPlaces)
            for (const QString& name : QString::fromUtf8(place.names).split(u'|')) {
                std::vector<std::uint64_t> words;
                for (const QString& word : name.split(u' '))
                    words.push_back(foldedWordHash(word));
                byLastWord[words.back()].push_back({int(words.size()),
                                                    phraseKey(words.data(), int(words.size())),
                                                    QString::fromLatin1(place.region)});
            }
        return byLastWord;
    }();
    return names;
}

bool isCapitalised(QStringView word) {
    return word.size() >= 2 && word[0].isUpper() && word[1].isLower();
}

// Capitalised words that stand before a place without making it part of a name: "In London",
// "Visiting Sydney", "Central London", "Hot London girl".
bool leadsIntoPlace(QStringView word) {
    static const QStringList words =
        QStringLiteral(
            "in at from to near visiting visit central greater north south east west new downtown "
            "outside around welcome hello hi hey sexy hot only the and or for of tour touring "
            "escorts "
            "escort girls girl sweet now back based here just arrived available call text metro "
            "inner outer city via for office offices branch our your my all")
            .split(u' ');
    return words.contains(word.toString().toLower());
}

// Places that are also given names, and words that may follow a place: "Sydney Smith" is a
// person, "Sydney Harbour" a place.
bool isGivenName(QStringView word) {
    static const QStringList names =
        QStringLiteral("sydney paris adelaide perth victoria").split(u' ');
    return names.contains(word.toString().toLower());
}

bool followsPlace(QStringView word) {
    static const QStringList words =
        QStringLiteral(
            "city airport harbour harbor bridge road street station centre center cbd area office "
            "escorts escort girls girl incall outcall only now today tonight")
            .split(u' ');
    return words.contains(word.toString().toLower());
}

// The word before `start` and the word after `end` on the same line, one space away; empty when
// there is none.
QStringView wordBefore(const QString& text, qsizetype start) {
    if (start < 2 || text[start - 1] != u' ')
        return {};
    qsizetype begin = start - 1;
    while (begin > 0 && isWordCharacter(text[begin - 1]))
        --begin;
    return QStringView(text).mid(begin, start - 1 - begin);
}

QStringView wordAfter(const QString& text, qsizetype end) {
    if (end + 1 >= text.size() || text[end] != u' ')
        return {};
    qsizetype last = end + 1;
    while (last < text.size() && isWordCharacter(text[last]))
        ++last;
    return QStringView(text).mid(end + 1, last - end - 1);
}

// Part of an e-mail address or a URL ("jeff.england@...", "www.paris-hotel..."): no hint.
bool insideAddress(const QString& text, qsizetype at) {
    qsizetype begin = at, end = at;
    while (begin > 0 && !text[begin - 1].isSpace())
        --begin;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    const QStringView token = QStringView(text).mid(begin, end - begin);
    return token.contains(u'@') || token.contains(QLatin1String("://")) ||
           token.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
}

// A place word that is part of a person's name is no hint: "Jeff England", "Mary Ireland",
// "Sydney Smith".
bool partOfName(const QString& text, qsizetype start, qsizetype end) {
    const QStringView place = QStringView(text).mid(start, end - start);
    if (!isCapitalised(place))
        return false;
    const QStringView before = wordBefore(text, start);
    if (isCapitalised(before) && !leadsIntoPlace(before))
        return true;
    const QStringView after = wordAfter(text, end);
    return isGivenName(place) && isCapitalised(after) && !followsPlace(after);
}

} // namespace

// The text's words are looked up one by one: one pass, where a pattern of every name was tried
// at every word.
QString regionNamedIn(const QString& text) {
    const QHash<std::uint64_t, std::vector<PlaceName>>& names = placeNames();
    std::array<std::uint64_t, kLongestName> recent{};  // the last words' keys, oldest first
    std::array<qsizetype, kLongestName> recentStart{}; // where each of them starts
    int wordsSeen = 0;
    QString found;
    for (qsizetype at = 0; at < text.size();) {
        if (!isWordCharacter(text[at])) {
            ++at;
            continue;
        }
        const qsizetype start = at;
        while (at < text.size() && isWordCharacter(text[at]))
            ++at;
        std::rotate(recent.begin(), recent.begin() + 1, recent.end());
        std::rotate(recentStart.begin(), recentStart.begin() + 1, recentStart.end());
        recent.back() = foldedWordHash(QStringView(text).mid(start, at - start));
        recentStart.back() = start;
        ++wordsSeen;
        const auto endingHere = names.constFind(recent.back());
        if (endingHere == names.constEnd())
            continue;
        for (const PlaceName& name : *endingHere) {
            if (name.words > wordsSeen ||
                name.key != phraseKey(recent.data() + kLongestName - name.words, name.words))
                continue;
            const qsizetype nameStart = recentStart[std::size_t(kLongestName - name.words)];
            if (insideAddress(text, start) || partOfName(text, nameStart, at))
                continue;
            if (!found.isEmpty() && found != name.region)
                return {}; // two countries named: trust neither
            found = name.region;
        }
    }
    return found;
}

} // namespace threadline::extract
