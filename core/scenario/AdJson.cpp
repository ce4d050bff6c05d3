#include "scenario/AdJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace threadline::scenario {

namespace {

constexpr qint64 kFirstPost = 1767225600; // 2026-01-01T00:00:00Z
constexpr qint64 kPostingWindow = 180 * 24 * 3600;

QString rawHtml(const QString& title, const QString& text, const QString& posted,
                const QStringList& images) {
    QString html = QStringLiteral("<!DOCTYPE html><html><head><title>%1</title>"
                                  "<meta property=\"article:published_time\" content=\"%2\">"
                                  "</head><body><h1>%1</h1>")
                       .arg(title.toHtmlEscaped(), posted);
    for (const QString& paragraph : text.split(QLatin1Char('\n')).mid(1)) // line 1 is the title
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    for (const QString& image : images)
        html += QStringLiteral("<img src=\"%1\">").arg(image);
    return html + QStringLiteral("</body></html>");
}

QString slug(const QString& text) {
    QString slug;
    for (const QChar character : text.toLower())
        if (character.isLetterOrNumber())
            slug += character;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    return slug;
}

} // namespace

void placeAd(Random& random, int index, const Persona& persona, GeneratedAd& ad) {
    ad.site = QString::fromLatin1(random.pick(adSites()));
    ad.url = QStringLiteral("https://%1/%2/%3-%4")
                 .arg(ad.site, slug(ad.city), slug(persona.workingName))
                 .arg(index);
    ad.postedAt =
        QDateTime::fromSecsSinceEpoch(kFirstPost + qint64(random.below(kPostingWindow)), Qt::UTC);
}

QString photoUrl(const GeneratedAd& ad, std::uint64_t hash) {
    return QStringLiteral("https://img.%1/%2.jpg").arg(ad.site, QString::number(hash, 16));
}

QByteArray adJsonLine(Random& random, int index, const Persona& persona, const GeneratedAd& ad) {
    const auto sites = adSites();
    const auto siteIndex =
        std::size_t(std::find_if(sites.begin(), sites.end(),
                                 [&](const char* site) { return ad.site == QLatin1String(site); }) -
                    sites.begin());
    const QString& city = ad.city;
    const QString& title = ad.title;
    const QString& url = ad.url;
    const QDateTime& posted = ad.postedAt;
    QStringList images;
    for (const std::uint64_t hash : ad.photoHashes)
        images << photoUrl(ad, hash);
    const QString body = ad.text.section(QLatin1Char('\n'), 1);

    QJsonObject line;
    switch (siteIndex % 3) {
    case 0: { // Memex CDR: the page as crawled; half the crawlers also kept the extracted text
        line = {{"_id", QStringLiteral("cdr-%1").arg(index)},
                {"url", url},
                {"timestamp", posted.toMSecsSinceEpoch()},
                {"team", QStringLiteral("synthetic-crawler")},
                {"crawler", QStringLiteral("threadline-scenario")},
                {"content_type", QStringLiteral("text/html")},
                {"raw_content", rawHtml(title, ad.text, posted.toString(Qt::ISODate), images)},
                {"crawl_data", QJsonObject{{"depth", int(random.below(4))}}}};
        QJsonArray objects;
        for (const QString& image : images)
            objects.append(QJsonObject{{"obj_original_url", image}});
        line.insert("objects", objects);
        if (random.chance(0.5))
            line.insert("extracted_text", body);
        break;
    }
    case 1:
        line = {{"url", url},
                {"title", title},
                {"body", body},
                {"posted", posted.toString(Qt::ISODate)},
                {"location", city + QStringLiteral(", ") +
                                 QString::fromLatin1(cities()[std::size_t(persona.city)].state)},
                {"images", QJsonArray::fromStringList(images)}};
        break;
    default:
        line = {{"link", url},         {"headline", title},
                {"description", body}, {"date", posted.toString(Qt::RFC2822Date)},
                {"city", city},        {"image_urls", QJsonArray::fromStringList(images)}};
    }
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace threadline::scenario
