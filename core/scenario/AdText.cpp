#include "scenario/AdText.h"

#include <QStringList>

namespace threadline::scenario {

namespace {

constexpr const char* kEnglishDigits[] = {"zero", "one", "two",   "three", "four",
                                          "five", "six", "seven", "eight", "nine"};
constexpr const char* kSpanishDigits[] = {"cero",  "uno",  "dos",   "tres", "cuatro",
                                          "cinco", "seis", "siete", "ocho", "nueve"};
constexpr const char* kEmoji[] = {"💋", "🌹", "🔥", "❤️", "⭐", "💦"};

QString digitWord(QChar digit, const char* const (&words)[10]) {
    return QString::fromLatin1(words[digit.digitValue()]);
}

// Some digits as English words, glued to the rest: "six02 fivefive5 0one4two".
QString englishWords(const QString& digits, Random& random) {
    QString written;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i == 3 || i == 6)
            written += QLatin1Char(' ');
        written += random.chance(0.4) ? digitWord(digits[i], kEnglishDigits) : QString(digits[i]);
    }
    return written;
}

QString spanishWords(const QString& digits) {
    QStringList words;
    for (const QChar digit : digits)
        words << digitWord(digit, kSpanishDigits);
    return words.join(QLatin1Char(' '));
}

QString lookAlikes(const QString& digits) {
    QString swapped = digits;
    for (qsizetype i = 3; i < swapped.size(); ++i)
        swapped[i] = swapped[i] == QLatin1Char('0')   ? QLatin1Char('O')
                     : swapped[i] == QLatin1Char('1') ? QLatin1Char('I')
                                                      : swapped[i];
    return QStringLiteral("(%1) %2 %3").arg(swapped.left(3), swapped.mid(3, 3), swapped.mid(6));
}

QString eachDigit(const QString& digits, const auto& write) {
    QString written;
    for (const QChar digit : digits)
        written += write(digit);
    return written;
}

constexpr const char* kSentences[] = {
    "Hi gentlemen, I'm {name}, {age} years young and new to {city}.",
    "Sweet, classy and discreet, I love to make you forget a long day.",
    "Upscale companion visiting {city} for a few days only, don't miss out.",
    "Incall near the airport and outcall to your hotel, available late.",
    "Real and recent pictures, what you see is what you get, no games.",
    "Serious gentlemen only, please be respectful and patient with me.",
    "Special this week: {price} roses for the hour, ask about the overnight.",
    "I am fun, friendly and open minded, with a smile that lights the room.",
    "Text only, no blocked calls, no private numbers, I will not answer them.",
    "Clean, safe and discreet location with easy parking right by the freeway.",
    "New girl in town, a petite Latina with long dark hair and big brown eyes.",
    "Available right now, short notice is okay, walk-ins welcome after nine.",
    "Come relax with me after work, let me take care of all your stress.",
    "Donations for time and companionship only, {price} per hour, no haggling.",
    "Hablo español y un poco de inglés, llámame o mándame un mensaje.",
    "Hotel friendly, I can come to you anywhere in the {city} area tonight.",
    "Young, sweet and eager to please, {name} is waiting for your message.",
    "Exotic beauty, the girlfriend experience you have been looking for.",
    "No rush, no clock watching, a genuine connection and a good time.",
    "Please screen with a reference or your work badge before we meet.",
    "Deposit required for outcalls, the rest is due when I arrive.",
    "Ask for {name}, first time visitors get a little something extra.",
    "Discreet entrance, private room, fresh towels and a warm shower.",
    "Bachelor parties and couples welcome, ask me about my friends.",
    "Only in {city} until Sunday, book early, my schedule fills up fast.",
    "Mature and experienced, I know exactly how to treat a gentleman.",
    "Massage by a professional therapist, table shower and body scrub.",
    "Open every day from eleven in the morning until very late at night.",
    "Petite, slim and natural, curves in all the right places.",
    "Tattoos, piercings and a wild side, not for the shy ones.",
    "Vegas bound next week, catch me here while you still can.",
    "College girl working through school, looking for generous friends.",
    "Just arrived from Miami, blonde, tanned and ready for fun.",
    "Fluent in English, Spanish and a little Portuguese.",
    "My booker answers quickly, mention this ad when you text.",
    "No law enforcement, no drama, no explicit talk over text please.",
};

constexpr const char* kDisclaimers[] = {
    "All fees are for time and companionship only. Anything else that may occur is a matter of "
    "personal choice between consenting adults and is not contracted for.",
    "By contacting this poster you confirm you are over eighteen and not affiliated with any law "
    "enforcement agency. This ad is for entertainment purposes only.",
    "The poster is responsible for the content of this ad and confirms that every person pictured "
    "is at least eighteen years of age and appears by their own choice.",
};

} // namespace

QString writePhone(const QString& digits, PhoneStyle style, Random& random) {
    const QString area = digits.left(3), exchange = digits.mid(3, 3), line = digits.mid(6);
    switch (style) {
    case PhoneStyle::Dashed:
        return QStringLiteral("(%1) %2-%3").arg(area, exchange, line);
    case PhoneStyle::Dotted:
        return QStringLiteral("%1.%2.%3").arg(area, exchange, line);
    case PhoneStyle::Spaced:
        return QStringLiteral("%1 %2 %3").arg(area, exchange, line);
    case PhoneStyle::Plain:
        return digits;
    case PhoneStyle::EnglishWords:
        return englishWords(digits, random);
    case PhoneStyle::SpanishWords:
        return spanishWords(digits);
    case PhoneStyle::LookAlikes:
        return lookAlikes(digits);
    case PhoneStyle::Emoji: {
        const QString emoji = QString::fromUtf8(random.pick(kEmoji));
        return area + emoji + exchange + emoji + line;
    }
    case PhoneStyle::Keycaps:
        return eachDigit(digits,
                         [](QChar d) { return QString(d) + QChar(0xFE0F) + QChar(0x20E3); });
    case PhoneStyle::FullWidth:
        return eachDigit(digits, [](QChar d) { return QString(QChar(0xFF10 + d.digitValue())); });
    case PhoneStyle::DigitsSpaced:
        return eachDigit(digits, [](QChar d) { return QString(d) + QLatin1Char(' '); }).trimmed();
    case PhoneStyle::WordInArea:
    case PhoneStyle::Count:
        break;
    }
    return QStringLiteral("(%1%2%3) %4 %5")
        .arg(area[0], digitWord(area[1], kEnglishDigits), area[2], exchange, line);
}

QString writeEmail(const QString& address, Random& random) {
    const QString user = address.section(QLatin1Char('@'), 0, 0);
    const QString domain = address.section(QLatin1Char('@'), 1);
    switch (random.below(3)) {
    case 0:
        return address;
    case 1:
        return user + QStringLiteral(" at ") +
               QString(domain).replace('.', QStringLiteral(" dot "));
    default:
        return user + QStringLiteral(" [at] ") +
               QString(domain).replace('.', QStringLiteral(" [dot] "));
    }
}

int sentenceCount() {
    return int(std::size(kSentences));
}

QString sentence(int index) {
    return QString::fromUtf8(kSentences[index]);
}

QString fillSlots(QString text, const QString& name, const QString& city, int age, int price) {
    return text.replace(QLatin1String("{name}"), name)
        .replace(QLatin1String("{city}"), city)
        .replace(QLatin1String("{age}"), QString::number(age))
        .replace(QLatin1String("{price}"), QString::number(price));
}

QString disclaimer(Random& random) {
    return QString::fromUtf8(random.pick(kDisclaimers));
}

} // namespace threadline::scenario
