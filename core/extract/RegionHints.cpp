#include "extract/RegionHints.h"

#include <QRegularExpression>

#include <array>
#include <vector>

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

// One compiled pattern per country, built once: ads are extracted by the hundred thousand.
const std::vector<std::pair<QRegularExpression, QString>>& placePatterns() {
    static const auto patterns = [] {
        std::vector<std::pair<QRegularExpression, QString>> compiled;
        for (const Place& place : kPlaces)
            compiled.emplace_back(
                QRegularExpression(
                    QStringLiteral("\\b(?:%1)\\b").arg(QString::fromUtf8(place.pattern)),
                    QRegularExpression::CaseInsensitiveOption |
                        QRegularExpression::UseUnicodePropertiesOption),
                QString::fromLatin1(place.region));
        return compiled;
    }();
    return patterns;
}

} // namespace

QString regionNamedIn(const QString& text) {
    QString found;
    for (const auto& [names, region] : placePatterns()) {
        if (!names.match(text).hasMatch())
            continue;
        if (!found.isEmpty())
            return {}; // two countries named: trust neither
        found = region;
    }
    return found;
}

} // namespace threadline::extract
