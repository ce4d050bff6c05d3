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

} // namespace

// The text's words are looked up one by one: one pass, where a pattern of every name was tried
// at every word.
QString regionNamedIn(const QString& text) {
    const QHash<std::uint64_t, std::vector<PlaceName>>& names = placeNames();
    std::array<std::uint64_t, kLongestName> recent{}; // the last words' keys, oldest first
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
        recent.back() = foldedWordHash(QStringView(text).mid(start, at - start));
        ++wordsSeen;
        const auto endingHere = names.constFind(recent.back());
        if (endingHere == names.constEnd())
            continue;
        for (const PlaceName& name : *endingHere) {
            if (name.words > wordsSeen ||
                name.key != phraseKey(recent.data() + kLongestName - name.words, name.words))
                continue;
            if (!found.isEmpty() && found != name.region)
                return {}; // two countries named: trust neither
            found = name.region;
        }
    }
    return found;
}

} // namespace threadline::extract
