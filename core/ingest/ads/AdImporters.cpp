#include "ingest/ads/AdImporters.h"

#include "ingest/ads/AdBuilder.h"
#include "ingest/ads/HtmlPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace threadline::ingest {

namespace {

QString hostOf(const QString& url) {
    return QUrl(url).host();
}

// The first non-empty string among `names` (nested objects with a "results"/"value" are read too).
QString firstOf(const QJsonObject& object, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
        if (value.isDouble())
            return QString::number(qint64(value.toDouble()));
        if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isString())
            return value.toArray().first().toString();
    }
    return {};
}

QStringList imagesOf(const QJsonObject& object) {
    QStringList images;
    for (const char* name : {"objects", "images", "image_urls"})
        for (const QJsonValue& image : object.value(QLatin1String(name)).toArray())
            images << (image.isString()
                           ? image.toString()
                           : firstOf(image.toObject(),
                                     {"obj_original_url", "obj_stored_url", "url", "src"}));
    images.removeAll(QString());
    return images;
}

AdRecord adFromJson(const QJsonObject& object, int line) {
    AdRecord ad;
    ad.url = firstOf(object, {"url", "link", "source_url", "ad_url"});
    ad.site = firstOf(object, {"site", "domain", "source", "team"});
    if (ad.site.isEmpty())
        ad.site = hostOf(ad.url);
    ad.title = firstOf(object, {"title", "headline", "name"});
    ad.body = firstOf(object, {"body", "text", "description", "content", "extracted_text"});
    ad.postedAt = firstOf(
        object, {"posted", "posted_at", "date", "created_at", "timestamp", "timestamp_crawl"});
    ad.location = firstOf(object, {"location", "city", "region"});
    ad.images = imagesOf(object);
    const QJsonObject extracted = object.value(QStringLiteral("extracted_metadata")).toObject();
    if (ad.title.isEmpty())
        ad.title = firstOf(extracted, {"title"});
    const QString html = firstOf(object, {"raw_content", "html"});
    if (!html.isEmpty() && (ad.body.isEmpty() || ad.title.isEmpty())) {
        const HtmlPage page = readHtmlPage(html.toUtf8());
        ad.body = ad.body.isEmpty() ? page.text : ad.body;
        ad.title = ad.title.isEmpty() ? page.title : ad.title;
        ad.postedAt = ad.postedAt.isEmpty() ? page.postedAt : ad.postedAt;
        ad.images << page.images;
    }
    ad.locator = QJsonObject{{QStringLiteral("line"), line}};
    return ad;
}

} // namespace

int HtmlAdImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    const QByteArray lower = head.left(4096).toLower();
    const bool html = lower.contains("<html") || lower.contains("<!doctype html") ||
                      context.fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                      context.fileName.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    return html && !lower.contains("pa.cellebrite.com") ? 70 : 0;
}

Result<ImportResult> HtmlAdImporter::import(const QByteArray& bytes,
                                            const ImportContext& context) const {
    const HtmlPage page = readHtmlPage(bytes);
    if (page.text.isEmpty() && page.title.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the page has no readable text"),
                    context.fileName);
    ImportResult result;
    AdRecord ad{page.canonicalUrl,
                hostOf(page.canonicalUrl),
                page.title,
                page.description.isEmpty() || page.text.contains(page.description)
                    ? page.text
                    : page.description + QLatin1Char('\n') + page.text,
                page.postedAt,
                page.location,
                page.images,
                {}};
    AdBuilder(context.region, result).add(ad);
    return result;
}

int JsonLinesAdImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    const QString lower = context.fileName.toLower();
    if (lower.endsWith(QLatin1String(".jsonl")) || lower.endsWith(QLatin1String(".ndjson")))
        return 85;
    const QList<QByteArray> lines = head.trimmed().split('\n');
    return lines.size() >= 2 && lines[0].trimmed().startsWith('{') &&
                   lines[1].trimmed().startsWith('{')
               ? 60
               : 0;
}

Result<ImportResult> JsonLinesAdImporter::import(const QByteArray& bytes,
                                                 const ImportContext& context) const {
    ImportResult result;
    AdBuilder ads(context.region, result);
    int line = 0;
    int read = 0;
    for (const QByteArray& row : bytes.split('\n')) {
        ++line;
        if (row.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(row, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.warnings << QStringLiteral("line %1: not a JSON object (%2); skipped")
                                   .arg(line)
                                   .arg(error.errorString());
            continue;
        }
        ads.add(adFromJson(document.object(), line));
        ++read;
        if (line % 1000 == 0 && context.cancelled(double(line) / double(bytes.count('\n') + 1)))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
    }
    if (read == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no line holds a JSON object"),
                    context.fileName, QStringLiteral("line 1"));
    return result;
}

} // namespace threadline::ingest
