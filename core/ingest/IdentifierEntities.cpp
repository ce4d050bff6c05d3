#include "ingest/IdentifierEntities.h"

#include "extract/Extractors.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace threadline::ingest {

namespace {

// Which entity type and identifier kind an extracted match becomes.
struct Mapping {
    const char* kind;
    const char* type;
    const char* identifier;
};

constexpr Mapping kMappings[] = {
    {"phone", "Phone", "phone"},
    {"email", "EmailAddress", "email"},
    {"cashapp", "PaymentAccount", "cashapp"},
    {"venmo", "PaymentAccount", "venmo"},
    {"paypal", "PaymentAccount", "paypal"},
    {"zelle", "PaymentAccount", "zelle"},
    {"btc", "CryptoWallet", "btc"},
    {"eth", "CryptoWallet", "eth"},
    {"instagram", "SocialAccount", "instagram"},
    {"snapchat", "SocialAccount", "snapchat"},
    {"telegram", "SocialAccount", "telegram"},
    {"whatsapp", "SocialAccount", "whatsapp"},
    {"twitter", "SocialAccount", "twitter"},
    {"onlyfans", "SocialAccount", "onlyfans"},
};

const Mapping* mappingFor(const QString& kind) {
    for (const Mapping& mapping : kMappings)
        if (kind == QLatin1String(mapping.kind))
            return &mapping;
    return nullptr;
}

// Ads hide numbers and addresses on purpose and the extractors read them however they are
// split or spelled; in ordinary documents that reading finds "numbers" in page lists, ISBNs and
// tables of figures (978-3-11-0224, "83,879\n30,689") and "addresses" in prose ("listed at
// creativecommons.org"). There only what is written the usual way counts: a phone as one run of
// digits, or groups of two to four digits separated by a space, dash, dot, slash or brackets,
// on one line but for a break after the area code ("(916)\n608-7066", as mail wraps it); an
// e-mail address with its "@". Returns where in `written` the identifier starts (the
// extractor may take a neighbouring word for a digit: "phone (326) ..." reads "one"), or -1
// when it is not written plainly.
qsizetype plainStart(const QString& kind, const QString& written) {
    if (kind == QLatin1String("email"))
        return written.contains(QLatin1Char('@')) ? 0 : -1;
    if (kind != QLatin1String("phone"))
        return 0;
    static const QRegularExpression plain(
        QStringLiteral("^(?:\\+?\\d{7,15}|(?:\\+\\d{1,3}[ .-]?|1[ .-])?"
                       "(?:\\(?\\d{2,4}\\)(?: |\\r?\\n)?|\\d{2,4}(?:[ ./-]|\\r?\\n))(?:\\d{2,4}[ "
                       "./-])*\\d{2,4})$"));
    static const QRegularExpression numberStart(QStringLiteral("[0-9+(]"));
    const qsizetype first = written.indexOf(numberStart);
    return first >= 0 && plain.match(written.mid(first)).hasMatch() ? first : -1;
}

} // namespace

bool IdentifierEntities::isIdentifier(const QString& kind) {
    return mappingFor(kind) != nullptr;
}

int IdentifierEntities::add(const QString& kind, const QString& value, const Evidence& evidence) {
    const Mapping* mapping = mappingFor(kind);
    if (!mapping)
        return -1;
    const QString key = kind + QLatin1Char(':') + value;
    if (const auto found = m_entities.constFind(key); found != m_entities.constEnd())
        return *found;
    const int entity = m_result.addEntity({QLatin1String(mapping->type),
                                           value,
                                           JsonText().insert(QLatin1String("kind"), kind),
                                           {{QLatin1String(mapping->identifier), value}},
                                           evidence,
                                           true});
    m_entities.insert(key, entity);
    return entity;
}

void addMentionedIdentifiers(ImportResult& result, const QString& region) {
    extract::TextExtractor extractor(region);
    IdentifierEntities entities(result);
    const std::size_t documents = result.documents.size(); // adding entities adds no documents
    for (std::size_t index = 0; index < documents; ++index) {
        const QString text = result.documents[index].text; // a copy: `result` grows below
        QJsonObject place = result.documents[index].locator.toObject();
        for (const char* bulky : {"words", "size"}) // the page's word boxes stay on the page
            place.remove(QLatin1String(bulky));
        for (const extract::Match& match : extractor.extract(text)) {
            const qsizetype skipped = plainStart(match.kind, match.text(text));
            if (skipped < 0)
                continue;
            const qsizetype start = match.start + skipped;
            QJsonObject locator = place;
            locator.insert(QStringLiteral("chars"), QJsonArray{qint64(start), qint64(match.end)});
            entities.add(
                match.kind, match.value,
                {int(index), locator, text.mid(start, match.end - start), match.confidence});
        }
    }
}

} // namespace threadline::ingest
