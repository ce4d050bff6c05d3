#include "ingest/ads/AdBuilder.h"

#include "ingest/image/ImageImporter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <map>

namespace threadline::ingest {

namespace {

// What an ad is called: its title, else its address, else the start of its text (scraped ads
// often have no title: "New York ~ Gigi New in town…").
QString adLabel(const AdRecord& ad) {
    if (!ad.title.trimmed().isEmpty())
        return ad.title.left(120);
    if (!ad.url.isEmpty())
        return ad.url;
    const QString words = ad.body.simplified();
    if (words.isEmpty())
        return QStringLiteral("(an ad without text)");
    return words.size() <= 60 ? words : words.left(60) + QStringLiteral("…");
}

// The bytes of a data: URI ("data:image/png;base64,iVBOR..."); empty when it holds none.
QByteArray dataUriBytes(const QString& uri) {
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive) || comma < 0)
        return {};
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (uri.left(comma).endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
        return QByteArray::fromBase64(payload);
    return QByteArray::fromPercentEncoding(payload);
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

QStringList AdBuilder::addEmbeddedImages(const AdRecord& ad, int adEntity, int document) {
    QStringList references;
    int embedded = 0;
    for (const QString& image : ad.images) {
        if (!image.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
            references << image;
            continue;
        }
        ++embedded;
        JsonText locator = ad.locator;
        locator.insert(QLatin1String("image"), embedded);
        const QByteArray bytes = dataUriBytes(image);
        ImportContext context = m_context;
        context.fileName = QStringLiteral("%1 image %2").arg(ad.url, QString::number(embedded));
        auto photo = describePhoto(bytes, context);
        if (!photo) {
            m_result.warnings << QStringLiteral("%1: embedded image %2 not read: %3")
                                     .arg(QString::fromUtf8(locator.utf8()),
                                          QString::number(embedded), photo.error().message);
            continue;
        }
        references << QStringLiteral("embedded image %1").arg(embedded);
        photo->entity.evidence = {document, locator, {}, 1.0};
        const int entity = m_result.addEntity(photo->entity);
        m_result.links.push_back({QStringLiteral("shows"), adEntity, entity, true, 1,
                                  JsonText().insert(QLatin1String("image"), embedded),
                                  photo->entity.evidence});
        m_result.children.push_back({context.fileName, bytes, locator});
    }
    return references;
}

// One "lists" link per identifier however often the ad repeats it: its evidence is the first
// place, and the link counts the mentions and keeps the first few places. An ad whose text was
// one number written millions of times made a link per mention (4.8 million rows from a 100 MB
// line).
void AdBuilder::addListedIdentifiers(const extract::Matches& matches, const QString& text,
                                     int adEntity, int document) {
    constexpr int kPlacesKept = 5;
    struct Listed {
        std::size_t link;
        qint64 mentions = 1;
        QJsonArray places;
    };
    std::map<int, Listed> listed; // by the identifier's entity
    for (const extract::Match& match : matches) {
        const auto chars = {qint64(match.start), qint64(match.end)};
        if (const int target = m_identifiers.add(match.kind, match.value, {}); target >= 0) {
            if (auto known = listed.find(target); known != listed.end()) {
                ++known->second.mentions;
                if (known->second.places.size() < kPlacesKept)
                    known->second.places.append(QJsonArray{match.start, match.end});
                continue;
            }
            const Evidence evidence{document, JsonText().insert(QLatin1String("chars"), chars),
                                    match.text(text), match.confidence};
            if (m_result.entities[std::size_t(target)].evidence.document < 0)
                m_result.entities[std::size_t(target)].evidence = evidence;
            listed.emplace(target, Listed{m_result.links.size(), 1,
                                          QJsonArray{QJsonArray{match.start, match.end}}});
            m_result.links.push_back(
                {QStringLiteral("lists"), adEntity, target, true, 1,
                 JsonText().insert(QLatin1String("as_written"), evidence.quote), evidence});
        }
    }
    for (auto& [target, identifier] : listed) {
        if (identifier.mentions == 1)
            continue;
        ExtractedLink& link = m_result.links[identifier.link];
        link.properties.insert(QLatin1String("mentions"), identifier.mentions);
        link.properties.insert(QLatin1String("first_places"), QJsonValue(identifier.places));
    }
}

void AdBuilder::add(const AdRecord& ad) {
    if (ad.cutBytes > 0)
        m_result.warnings << QStringLiteral("%1: the ad's text is %2 bytes; its first %3 are kept "
                                            "as its text and read (the original holds it whole)")
                                 .arg(QString::fromUtf8(ad.locator.utf8()))
                                 .arg(ad.cutBytes)
                                 .arg(kMaxAdFieldBytes);
    const QString text = ad.title.isEmpty() ? ad.body : ad.title + QStringLiteral("\n") + ad.body;
    const QString posted = normaliseAdTime(ad.postedAt);
    JsonText locator = ad.locator;
    locator.insert(QLatin1String("url"), ad.url);
    const int document =
        m_result.addDocument({QStringLiteral("ad"), ad.title, text, {}, posted, locator});

    JsonText properties;
    properties.insert(QLatin1String("url"), ad.url).insert(QLatin1String("site"), ad.site);
    properties.insert(QLatin1String("location"), ad.location)
        .insert(QLatin1String("posted_at"), posted);
    const extract::Matches matches = m_extractor.extract(text);
    std::map<QString, QStringList> facts; // price, age, alias -> values, in a fixed order
    for (const extract::Match& match : matches)
        if (!IdentifierEntities::isIdentifier(match.kind) && match.kind != QLatin1String("url"))
            facts[match.kind] << match.value;
    for (const auto& [kind, values] : facts) {
        const QByteArray plural =
            kind == QLatin1String("alias") ? QByteArrayLiteral("aliases") : kind.toLatin1() + 's';
        properties.insert(QLatin1String(plural), values);
    }
    const Evidence whole{document, locator, ad.title, 1.0};
    const int adEntity = m_result.addEntity(
        {QStringLiteral("Ad"), adLabel(ad), properties,
         ad.url.isEmpty() ? std::vector<Identifier>{}
                          : std::vector<Identifier>{{QStringLiteral("ad-url"), ad.url}},
         whole});
    // Adding the photos grows m_result.entities: take no reference into it before that.
    const QStringList images = addEmbeddedImages(ad, adEntity, document);
    m_result.entities[std::size_t(adEntity)].properties.insert(QLatin1String("images"), images);

    addListedIdentifiers(matches, text, adEntity, document);
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
