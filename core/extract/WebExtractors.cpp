// Payment handles, social and messenger accounts, and URLs.
#include "extract/Extractors.h"
#include "extract/PhoneNumbers.h"

#include <QRegularExpression>

namespace threadline::extract {

namespace {

// Adds a match for each hit of `pattern`, valued `prefix` + capture 1 (lower-cased).
void addEach(Matches& matches, const QString& text, const QRegularExpression& pattern,
             const char* kind, const QString& prefix, double confidence) {
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        matches.push_back({QLatin1String(kind), prefix + match.captured(1).toLower(),
                           match.capturedStart(), match.capturedEnd(), confidence});
    }
}

QRegularExpression insensitive(const QString& pattern) {
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

} // namespace

Matches extractPayments(const QString& text, const Matches& phonesAndEmails) {
    Matches matches;
    // "$Candy22" is a cashtag; "$200" is a price.
    static const QRegularExpression cashtag(
        QStringLiteral(R"((?<![\w$])\$([A-Za-z][A-Za-z0-9_]{1,19})\b)"));
    addEach(matches, text, cashtag, "cashapp", QStringLiteral("$"), 0.95);
    static const QRegularExpression venmo = insensitive(
        QStringLiteral(R"(venmo(?:\.com/(?:u/)?|\s*(?:me)?\s*[:@-]?\s*@)([A-Za-z0-9_-]{3,30}))"));
    addEach(matches, text, venmo, "venmo", QStringLiteral("venmo:@"), 0.95);
    static const QRegularExpression paypal =
        insensitive(QStringLiteral(R"(paypal\.me/([A-Za-z0-9_.-]{2,40}))"));
    addEach(matches, text, paypal, "paypal", QStringLiteral("paypal:"), 0.98);
    // Zelle has no handle of its own: the phone or e-mail written next to the word is the account.
    static const QRegularExpression zelle = insensitive(QStringLiteral(R"(\bzelle\b)"));
    for (auto it = zelle.globalMatch(text); it.hasNext();) {
        const auto word = it.next();
        for (const Match& contact : phonesAndEmails)
            if (contact.start >= word.capturedEnd() && contact.start - word.capturedEnd() <= 25) {
                matches.push_back({QStringLiteral("zelle"),
                                   QStringLiteral("zelle:") + contact.value, word.capturedStart(),
                                   contact.end, 0.9});
                break;
            }
    }
    return matches;
}

Matches extractSocial(const QString& text, const QString& region) {
    Matches matches;
    static const QRegularExpression instagram = insensitive(QStringLiteral(
        R"((?:instagram\.com/|\b(?:ig|insta|instagram)\s*[:=-]\s*)@?([A-Za-z0-9_.]{1,29}[A-Za-z0-9_]))"));
    addEach(matches, text, instagram, "instagram", QStringLiteral("instagram:"), 0.95);
    static const QRegularExpression snapchat = insensitive(QStringLiteral(
        R"((?:snapchat\.com/add/|\b(?:sc|snap|snapchat)\s*[:=-]\s*)@?([A-Za-z][A-Za-z0-9_.-]{2,14}))"));
    addEach(matches, text, snapchat, "snapchat", QStringLiteral("snapchat:"), 0.95);
    static const QRegularExpression telegram = insensitive(
        QStringLiteral(R"((?:t\.me/|telegram\.me/|\btelegram\s*[:=-]?\s*@)([A-Za-z0-9_]{4,32}))"));
    addEach(matches, text, telegram, "telegram", QStringLiteral("telegram:"), 0.95);
    static const QRegularExpression twitter =
        insensitive(QStringLiteral(R"((?:twitter\.com/|(?<![\w.])x\.com/)([A-Za-z0-9_]{1,15}))"));
    addEach(matches, text, twitter, "twitter", QStringLiteral("twitter:"), 0.95);
    static const QRegularExpression onlyfans =
        insensitive(QStringLiteral(R"(onlyfans\.com/([A-Za-z0-9_.-]{2,40}))"));
    addEach(matches, text, onlyfans, "onlyfans", QStringLiteral("onlyfans:"), 0.98);
    static const QRegularExpression whatsapp = insensitive(
        QStringLiteral(R"((?:wa\.me/|api\.whatsapp\.com/send\?phone=)\+?([0-9]{8,15}))"));
    for (auto it = whatsapp.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (const auto phone = normalisePhone(QLatin1Char('+') + match.captured(1), region))
            matches.push_back({QStringLiteral("whatsapp"),
                               QStringLiteral("whatsapp:") + phone->e164, match.capturedStart(),
                               match.capturedEnd(), 0.98});
    }
    return matches;
}

Matches extractUrls(const QString& text) {
    Matches matches;
    static const QRegularExpression url =
        insensitive(QStringLiteral(R"(\b(?:https?://|www\.)[^\s<>"']+)"));
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString value = match.captured();
        while (!value.isEmpty() && QStringLiteral(".,;:!?)]}").contains(value.back()))
            value.chop(1); // sentence punctuation after a link is not part of it
        matches.push_back({QStringLiteral("url"), value, match.capturedStart(),
                           match.capturedStart() + value.size(), 0.99});
    }
    return matches;
}

Matches extractAdFacts(const QString& text) {
    Matches matches;
    static const QRegularExpression price = insensitive(QStringLiteral(
        R"(\$?\b(\d{2,4})\s*(?:\$|usd|dollars|roses)?\s*(?:/|per|a|an|for)?\s*(hhr|hh|hr|hour|half\s*hour|qv|qk|overnight|ovn|night|30\s*min|15\s*min|1\s*hr|2\s*hrs?)\b)"));
    for (auto it = price.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString unit = match.captured(2).toLower().remove(QLatin1Char(' '));
        if (unit == QLatin1String("hour") || unit == QLatin1String("1hr"))
            unit = QStringLiteral("hr");
        if (unit == QLatin1String("halfhour") || unit == QLatin1String("hhr") ||
            unit == QLatin1String("30min"))
            unit = QStringLiteral("hh");
        matches.push_back({QStringLiteral("price"), match.captured(1) + QLatin1Char('/') + unit,
                           match.capturedStart(), match.capturedEnd(), 0.9});
    }
    static const QRegularExpression age = insensitive(
        QStringLiteral(R"(\b(1[89]|[2-5][0-9])\s*(?:yo|y/o|yrs?(?:\s*old)?|years?\s*old)\b)"));
    addEach(matches, text, age, "age", {}, 0.95);
    static const QRegularExpression alias(QStringLiteral(
        R"((?:\b[Ii]'?m|\b[Ii] am|[Mm]y name is|[Cc]all me|[Aa]sk for)\s+([A-Z][a-z]{2,15})\b)"));
    for (auto it = alias.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        matches.push_back({QStringLiteral("alias"), match.captured(1), match.capturedStart(1),
                           match.capturedEnd(1), 0.8});
    }
    return matches;
}

} // namespace threadline::extract
