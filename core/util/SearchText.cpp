#include "util/SearchText.h"

namespace threadline {

namespace {

bool isArabicMark(char16_t unit) {
    return (unit >= 0x064B && unit <= 0x065F) || unit == 0x0670 || unit == 0x0640;
}

} // namespace

QString searchableText(const QString& text) {
    QString folded;
    folded.reserve(text.size());
    for (QChar character : text)
        if (!isArabicMark(character.unicode()))
            folded += character;
    return folded;
}

} // namespace threadline
