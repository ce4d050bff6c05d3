#include "ingest/ads/AdImporters.h"

#include "ingest/ads/AdBuilder.h"
#include "ingest/ads/HtmlPage.h"
#include "util/Parallel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <atomic>

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

// An image object's address, or its bytes as a data: URI when the scraper kept them
// ({"data": "<base64>"} and the like).
QString imageReference(const QJsonObject& image) {
    const QString data = firstOf(image, {"data", "base64", "content", "obj_data"});
    if (!data.isEmpty())
        return data.startsWith(QLatin1String("data:")) ? data
                                                       : QStringLiteral("data:;base64,") + data;
    return firstOf(image, {"obj_original_url", "obj_stored_url", "url", "src"});
}

QStringList imagesOf(const QJsonObject& object) {
    QStringList images;
    for (const char* name : {"objects", "images", "image_urls"})
        for (const QJsonValue& image : object.value(QLatin1String(name)).toArray())
            images << (image.isString() ? image.toString() : imageReference(image.toObject()));
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
    AdBuilder(context, result).add(ad);
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

namespace {

// Scraper dumps run to hundreds of thousands of lines; below this many, one thread is plenty.
constexpr std::size_t kLinesPerWorker = 2000;

// What one worker found in its share of the lines.
struct LineRange {
    ImportResult result;
    int read = 0;
};

// Reads lines [first, last) of `rows` (line N of the file is rows[N - 1]).
void readAds(const QList<QByteArray>& rows, std::size_t first, std::size_t last, LineRange& range,
             const ImportContext& context, std::atomic<qsizetype>& done,
             const std::atomic<bool>& stop) {
    AdBuilder ads(context, range.result);
    for (auto index = qsizetype(first); index < qsizetype(last) && !stop; ++index, ++done) {
        const int line = int(index + 1);
        if (rows[index].trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(rows[index], &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            range.result.warnings << QStringLiteral("line %1: not a JSON object (%2); skipped")
                                         .arg(line)
                                         .arg(error.errorString());
            continue;
        }
        ads.add(adFromJson(document.object(), line));
        ++range.read;
    }
}

} // namespace

// The lines are read on every core: extraction is the costly part and each ad stands alone.
// Progress and cancelling stay on the calling thread, which waits for the workers.
Result<ImportResult> JsonLinesAdImporter::import(const QByteArray& bytes,
                                                 const ImportContext& context) const {
    const QList<QByteArray> rows = bytes.split('\n');
    const auto lines = std::size_t(rows.size());
    std::vector<LineRange> ranges(rangeWorkers(lines, kLinesPerWorker));
    std::atomic<qsizetype> done = 0;
    std::atomic<bool> stop = false;
    runInRanges(
        lines, kLinesPerWorker,
        [&](std::size_t worker, std::size_t first, std::size_t last) {
            readAds(rows, first, last, ranges[worker], context, done, stop);
        },
        [&] {
            if (context.cancelled(double(done) / double(lines)))
                stop = true;
        });
    if (stop)
        return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);

    ImportResult result;
    int read = 0;
    for (LineRange& range : ranges) {
        result.append(std::move(range.result));
        read += range.read;
    }
    if (read == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no line holds a JSON object"),
                    context.fileName, QStringLiteral("line 1"));
    return result;
}

} // namespace threadline::ingest
