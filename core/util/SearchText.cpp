#include "util/SearchText.h"

#include <algorithm>

namespace threadline {

namespace {

bool isArabicMark(char16_t unit) {
    return (unit >= 0x064B && unit <= 0x065F) || unit == 0x0670 || unit == 0x0640;
}

} // namespace

QString searchableText(const QString& text) {
    // Most text has no Arabic marks at all: hand it back shared, without a copy.
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar character) { return isArabicMark(character.unicode()); }))
        return text;
    QString folded;
    folded.reserve(text.size());
    for (QChar character : text)
        if (!isArabicMark(character.unicode()))
            folded += character;
    return folded;
}

} // namespace threadline
