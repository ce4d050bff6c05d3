#include "extract/RegionHints.h"

#include <QRegularExpression>

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

} // namespace

QString regionNamedIn(const QString& text) {
    QString found;
    for (const Place& place : kPlaces) {
        const QRegularExpression names(
            QStringLiteral("\\b(?:%1)\\b").arg(QString::fromUtf8(place.pattern)),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        if (!names.match(text).hasMatch())
            continue;
        if (!found.isEmpty())
            return {}; // two countries named: trust neither
        found = QString::fromLatin1(place.region);
    }
    return found;
}

} // namespace threadline::extract
