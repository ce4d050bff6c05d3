#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// A saved web page (an escort, massage or job ad) read as an ad: title, text, posting time from
// meta tags or <time>, location, images; identifiers in it become linked entities.
class HtmlAdImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("html-ad"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

// JSON lines from scrapers, one ad per line: Memex CDR fields (url, timestamp, raw_content,
// crawl_data, extracted text, objects/images) and the common names other scrapers use (title,
// body/text/description, posted/date, location/city, images). A line that is not JSON is a
// warning naming its line; the others still import. A dump of any size is read in parts.
class JsonLinesAdImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("jsonl-ads"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
    bool readsInParts(const QByteArray& head) const override;
    Result<ImportResult> importInParts(QIODevice& device,
                                       const ImportContext& context) const override;
};

} // namespace threadline::ingest
