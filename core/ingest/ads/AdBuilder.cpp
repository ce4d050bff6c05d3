#include "ingest/ads/AdBuilder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

namespace threadline::ingest {

namespace {

// Which entity type and identifier kind an extracted match becomes; empty type: an ad property.
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

} // namespace

QString normaliseAdTime(const QString& written) {
    const QString value = written.trimmed();
    if (value.isEmpty())
        return {};
    bool numeric = false;
    const qint64 number = value.toLongLong(&numeric);
    if (numeric) // epoch seconds or milliseconds, as scrapers store them
        return QDateTime::fromMSecsSinceEpoch(number > 100'000'000'000 ? number : number * 1000,
                                              Qt::UTC)
            .toString(Qt::ISODate);
    for (const auto format : {Qt::ISODateWithMs, Qt::ISODate, Qt::RFC2822Date}) {
        const QDateTime time = QDateTime::fromString(value, format);
        if (time.isValid())
            return time.timeSpec() == Qt::LocalTime ? time.toString(Qt::ISODate)
                                                    : time.toUTC().toString(Qt::ISODate);
    }
    return {};
}

int AdBuilder::identifierEntity(const QString& kind, const QString& value,
                                const Evidence& evidence) {
    const Mapping* mapping = mappingFor(kind);
    if (!mapping)
        return -1;
    const QString key = kind + QLatin1Char(':') + value;
    if (const auto found = m_entities.constFind(key); found != m_entities.constEnd())
        return *found;
    const int entity = m_result.addEntity({QLatin1String(mapping->type),
                                           value,
                                           QJsonObject{{QStringLiteral("kind"), kind}},
                                           {{QLatin1String(mapping->identifier), value}},
                                           evidence});
    m_entities.insert(key, entity);
    return entity;
}

void AdBuilder::add(const AdRecord& ad) {
    const QString text = ad.title.isEmpty() ? ad.body : ad.title + QStringLiteral("\n") + ad.body;
    const QString posted = normaliseAdTime(ad.postedAt);
    QJsonObject locator = ad.locator;
    locator.insert(QStringLiteral("url"), ad.url);
    const int document =
        m_result.addDocument({QStringLiteral("ad"), ad.title, text, {}, posted, locator});

    QJsonObject properties{{QStringLiteral("url"), ad.url},
                           {QStringLiteral("site"), ad.site},
                           {QStringLiteral("location"), ad.location},
                           {QStringLiteral("posted_at"), posted},
                           {QStringLiteral("images"), QJsonArray::fromStringList(ad.images)}};
    const extract::Matches matches = m_extractor.extract(text);
    QHash<QString, QStringList> facts; // price, age, alias -> values
    for (const extract::Match& match : matches)
        if (!mappingFor(match.kind) && match.kind != QLatin1String("url"))
            facts[match.kind] << match.value;
    for (auto it = facts.begin(); it != facts.end(); ++it)
        properties.insert(it.key() == QLatin1String("alias") ? QStringLiteral("aliases")
                                                             : it.key() + QLatin1Char('s'),
                          QJsonArray::fromStringList(it.value()));
    const Evidence whole{document, locator, ad.title, 1.0};
    const int adEntity = m_result.addEntity(
        {QStringLiteral("Ad"), ad.title.isEmpty() ? ad.url : ad.title.left(120), properties,
         ad.url.isEmpty() ? std::vector<Identifier>{}
                          : std::vector<Identifier>{{QStringLiteral("ad-url"), ad.url}},
         whole});

    for (const extract::Match& match : matches) {
        const Evidence evidence{document,
                                QJsonObject{{QStringLiteral("chars"),
                                             QJsonArray{qint64(match.start), qint64(match.end)}}},
                                match.text(text), match.confidence};
        const int target = identifierEntity(match.kind, match.value, evidence);
        if (target >= 0)
            m_result.links.push_back({QStringLiteral("lists"), adEntity, target, true, 1,
                                      QJsonObject{{QStringLiteral("as_written"), match.text(text)}},
                                      evidence});
    }
    if (!posted.isEmpty()) {
        ExtractedEvent event;
        event.type = QStringLiteral("posted");
        event.occurredAt = posted;
        event.summary = ad.title.left(120);
        event.participants.push_back({adEntity, QStringLiteral("ad")});
        event.evidence = whole;
        m_result.events.push_back(std::move(event));
    }
}

} // namespace threadline::ingest
