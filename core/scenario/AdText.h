#pragma once

#include "scenario/Random.h"

#include <QString>

namespace threadline::scenario {

// The ways posters write a phone number to slip past keyword filters, as seen in real ads. Each
// poster keeps one habit; the extractor must read all of them.
enum class PhoneStyle {
    Dashed,       // (602) 555-0142
    Dotted,       // 602.555.0142
    Spaced,       // 602 555 0142
    Plain,        // 6025550142
    EnglishWords, // six02 fivefive5 0one4two
    SpanishWords, // seis cero dos cinco ...
    LookAlikes,   // (602) 555 O I42
    Emoji,        // 602💋555💋0142
    Keycaps,      // 6️⃣0️⃣2️⃣...
    FullWidth,    // ６０２５５５０１４２
    DigitsSpaced, // 6 0 2 5 5 5 0 1 4 2
    WordInArea,   // (sixzero2) 555 0142
    Count
};

// `digits`: a 10-digit US number. The text is what the ad shows.
QString writePhone(const QString& digits, PhoneStyle style, Random& random);

// An address as posters write it: plain, "name at mail dot example", "name [at] mail [dot] ...".
QString writeEmail(const QString& address, Random& random);

// Sentences posters write, with {name}, {city}, {age} and {price} slots; an ad is a handful of
// them in an order its writer keeps, so ads from one writer share most of their text.
int sentenceCount();
QString sentence(int index);

// Fills the slots of a sentence.
QString fillSlots(QString text, const QString& name, const QString& city, int age, int price);

// The fine print many ad sites make posters include; it pads ads to their real length.
QString disclaimer(Random& random);

} // namespace threadline::scenario
