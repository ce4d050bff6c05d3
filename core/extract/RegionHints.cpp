#include "extract/RegionHints.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace threadline::extract {

namespace {

struct Place {
    const char* pattern; // whole words, case-insensitive
    const char* region;
};

// Big cities and country names where ads are posted; extend as casework needs.
constexpr std::array kPlaces = {
    Place{"london|manchester|birmingham|leeds|glasgow|liverpool|edinburgh|bristol|united "
          "kingdom|uk|england|scotland",
          "GB"},
    Place{"sydney|melbourne|brisbane|perth|adelaide|australia", "AU"},
    Place{"toronto|montreal|vancouver|calgary|ottawa|canada", "CA"},
    Place{"cdmx|ciudad de m[eé]xico|guadalajara|monterrey|tijuana|canc[uú]n|m[eé]xico", "MX"},
    Place{"madrid|barcelona|valencia|sevilla|espa[ñn]a|spain", "ES"},
    Place{"paris|marseille|lyon|france", "FR"},
    Place{"berlin|hamburg|m[üu]nchen|munich|frankfurt|germany|deutschland", "DE"},
    Place{"dublin|ireland", "IE"},
};

// All the places in one pattern, a named group per country, compiled once: ads are extracted by
// the hundred thousand and most name no place at all, so one pass beats one per country.
const QRegularExpression& placePattern() {
    static const QRegularExpression pattern = [] {
        QStringList groups;
        for (const Place& place : kPlaces)
            groups << QStringLiteral("(?<%1>%2)")
                          .arg(QString::fromLatin1(place.region), QString::fromUtf8(place.pattern));
        return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(groups.join(u'|')),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    }();
    return pattern;
}

} // namespace

QString regionNamedIn(const QString& text) {
    QString found;
    for (auto matches = placePattern().globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        for (const Place& place : kPlaces) {
            const QString region = QString::fromLatin1(place.region);
            if (match.capturedStart(region) < 0)
                continue;
            if (!found.isEmpty() && found != region)
                return {}; // two countries named: trust neither
            found = region;
        }
    }
    return found;
}

} // namespace threadline::extract
