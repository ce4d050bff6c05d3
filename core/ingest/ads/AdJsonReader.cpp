#include "ingest/ads/AdJsonReader.h"

#include "ingest/ads/HtmlPage.h"

#include <QUrl>

#include <initializer_list>
#include <simdjson.h>
#include <string_view>

namespace threadline::ingest {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The start of `text` up to kMaxAdFieldBytes, cut before a character, not inside one; a cut
// sets `cutBytes` to the whole field's size.
std::string_view boundedField(std::string_view text, qint64* cutBytes) {
    if (text.size() <= std::size_t(kMaxAdFieldBytes))
        return text;
    if (cutBytes)
        *cutBytes = qint64(text.size());
    std::size_t end = std::size_t(kMaxAdFieldBytes);
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end; // a continuation byte: step back to the character's first byte
    return text.substr(0, end);
}

// A field's value as text: a trimmed string, a whole number, or an array's first string.
QString textOf(const element& value, qint64* cutBytes = nullptr) {
    switch (value.type()) {
    case element_type::STRING:
        return fromUtf8(boundedField(std::string_view(value), cutBytes)).trimmed();
    case element_type::INT64:
        return QString::number(qint64(std::int64_t(value)));
    case element_type::UINT64:
        return QString::number(qint64(std::uint64_t(value)));
    case element_type::DOUBLE:
        return QString::number(qint64(double(value)));
    case element_type::ARRAY: {
        element first;
        if (simdjson::dom::array(value).at(0).get(first) == simdjson::SUCCESS && first.is_string())
            return fromUtf8(boundedField(std::string_view(first), cutBytes));
        return {};
    }
    default:
        return {};
    }
}

// The first non-empty value among `names`.
QString firstOf(const object& fields, std::initializer_list<std::string_view> names,
                qint64* cutBytes = nullptr) {
    for (const std::string_view name : names) {
        element value;
        if (fields.at_key(name).get(value) != simdjson::SUCCESS)
            continue;
        if (QString text = textOf(value, cutBytes); !text.isEmpty())
            return text;
    }
    return {};
}

// An image object's address, or its bytes as a data: URI when the scraper kept them
// ({"data": "<base64>"} and the like).
QString imageReference(const object& image) {
    const QString data = firstOf(image, {"data", "base64", "content", "obj_data"});
    if (!data.isEmpty())
        return data.startsWith(QLatin1String("data:")) ? data
                                                       : QStringLiteral("data:;base64,") + data;
    return firstOf(image, {"obj_original_url", "obj_stored_url", "url", "src"});
}

QStringList imagesOf(const object& fields) {
    QStringList images;
    for (const std::string_view name : {"objects", "images", "image_urls"}) {
        simdjson::dom::array list;
        if (fields.at_key(name).get(list) != simdjson::SUCCESS)
            continue;
        for (const element image : list) {
            if (image.is_string())
                images << fromUtf8(boundedField(std::string_view(image), nullptr));
            else if (image.is_object())
                images << imageReference(object(image));
        }
    }
    images.removeAll(QString());
    return images;
}

// The saved page, as its UTF-8 bytes (not copied: they live in the parser until the next line).
QByteArray pageOf(const object& fields) {
    for (const std::string_view name : {"raw_content", "html"}) {
        std::string_view page;
        if (fields.at_key(name).get(page) == simdjson::SUCCESS &&
            !QByteArrayView(page.data(), qsizetype(page.size())).trimmed().isEmpty()) {
            page = boundedField(page, nullptr);
            return QByteArray::fromRawData(page.data(), qsizetype(page.size()));
        }
    }
    return {};
}

AdRecord adFrom(const object& fields, int line) {
    AdRecord ad;
    ad.url = firstOf(fields, {"url", "link", "source_url", "ad_url"});
    ad.site = firstOf(fields, {"site", "domain", "source", "team"});
    if (ad.site.isEmpty())
        ad.site = QUrl(ad.url).host();
    ad.title = firstOf(fields, {"title", "headline", "name"});
    ad.body =
        firstOf(fields, {"body", "text", "description", "content", "extracted_text"}, &ad.cutBytes);
    ad.postedAt = firstOf(
        fields, {"posted", "posted_at", "date", "created_at", "timestamp", "timestamp_crawl"});
    ad.location = firstOf(fields, {"location", "city", "region"});
    ad.images = imagesOf(fields);
    object extracted;
    if (ad.title.isEmpty() &&
        fields.at_key("extracted_metadata").get(extracted) == simdjson::SUCCESS)
        ad.title = firstOf(extracted, {"title"});
    if (const QByteArray html = pageOf(fields);
        !html.isEmpty() && (ad.body.isEmpty() || ad.title.isEmpty())) {
        const HtmlPage page = readHtmlPage(html);
        ad.body = ad.body.isEmpty() ? page.text : ad.body;
        ad.title = ad.title.isEmpty() ? page.title : ad.title;
        ad.postedAt = ad.postedAt.isEmpty() ? page.postedAt : ad.postedAt;
        ad.images << page.images;
    }
    ad.locator.insert(QLatin1String("line"), line);
    return ad;
}

} // namespace

struct AdJsonReader::Parser {
    simdjson::dom::parser parser;
};

AdJsonReader::AdJsonReader()
    : m_parser(std::make_unique<Parser>()) {}
AdJsonReader::~AdJsonReader() = default;
AdJsonReader::AdJsonReader(AdJsonReader&&) noexcept = default;
AdJsonReader& AdJsonReader::operator=(AdJsonReader&&) noexcept = default;

std::expected<AdRecord, QString> AdJsonReader::read(const char* data, qsizetype size, int line) {
    // The line is copied into the parser's padded buffer: it lies inside the whole file, which
    // has no room for simdjson's padding after its last line.
    element document;
    if (const auto error = m_parser->parser.parse(data, std::size_t(size), true).get(document))
        return std::unexpected(QString::fromUtf8(simdjson::error_message(error)));
    object fields;
    if (document.get(fields) != simdjson::SUCCESS)
        return std::unexpected(QStringLiteral("a JSON value, but not an object"));
    return adFrom(fields, line);
}

} // namespace threadline::ingest
