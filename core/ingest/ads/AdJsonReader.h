#pragma once

#include "ingest/ads/AdBuilder.h"

#include <QString>

#include <expected>
#include <memory>

namespace threadline::ingest {

// Reads scraper JSON lines into ads, whatever the scraper called its fields: Memex CDR (url,
// timestamp, raw_content, objects, extracted_text, extracted_metadata) and the common flat
// layouts (title/headline, body/description, posted/date, images/image_urls ...). The page in
// raw_content is read for what the line does not give. Parsing is simdjson's: a scraper dump is
// a hundred thousand lines, and Qt's JSON parser cost a tenth of the import. One per thread.
class AdJsonReader {
public:
    AdJsonReader();
    ~AdJsonReader();
    AdJsonReader(AdJsonReader&&) noexcept;
    AdJsonReader& operator=(AdJsonReader&&) noexcept;

    // The ad on one line (UTF-8, without its newline), or why the line is not a JSON object.
    std::expected<AdRecord, QString> read(const char* data, qsizetype size, int line);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
};

} // namespace threadline::ingest
