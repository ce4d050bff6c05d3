#pragma once

#include "extract/Extractors.h"
#include "ingest/IdentifierEntities.h"
#include "ingest/Importer.h"
#include "model/ImportResult.h"

#include <QHash>
#include <QStringList>

namespace threadline::ingest {

// One online ad, however it was saved (an HTML page, a scraper's JSON line).
// A field of an ad longer than this is cut to it (a real ad's text is kilobytes; a page saved
// with it, a few hundred), with a warning: one field of hundreds of megabytes held the import's
// memory and time whole. A line longer than kMaxAdLineBytes is not parsed at all.
inline constexpr qint64 kMaxAdFieldBytes = 8 << 20;
inline constexpr qint64 kMaxAdLineBytes = 64 << 20;

struct AdRecord {
    QString url;
    QString site; // host of the URL, or the scraper's name for it
    QString title;
    QString body;
    QString postedAt; // as written; normalised to UTC ISO 8601 when readable
    QString location;
    QStringList images;
    JsonText locator;    // where in the source: {"line": 12} for a JSON line
    qint64 cutBytes = 0; // the text's size when it was cut to kMaxAdFieldBytes, else 0
};

// Adds ads to an ImportResult: a document and an Ad entity per ad, a "posted" event, and every
// identifier the extractors find in its title and text (phones, e-mail, payment handles,
// wallets, social accounts) as an entity linked from the ad, with the span it was found at.
// Prices, ages and names the ad goes by become properties of the Ad.
class AdBuilder {
public:
    // `extractor` may serve many builders in turn (it remembers the numbers it has read).
    AdBuilder(const ImportContext& context, extract::TextExtractor& extractor, ImportResult& result)
        : m_context(context)
        , m_extractor(extractor)
        , m_result(result)
        , m_identifiers(result) {}
    void add(const AdRecord& ad);

private:
    // Images carried inside the ad (data: URIs) become Photo entities the ad "shows" and child
    // files (so the original bytes are kept and EXIF and OCR run); returns the other references.
    QStringList addEmbeddedImages(const AdRecord& ad, int adEntity, int document);
    void addListedIdentifiers(const extract::Matches& matches, const QString& text, int adEntity,
                              int document);

    const ImportContext& m_context;
    extract::TextExtractor& m_extractor;
    ImportResult& m_result;
    IdentifierEntities m_identifiers;
};

// "2026-03-14T21:05:00-07:00", "1710475500000" (ms) or "Mar 14, 2026" -> UTC ISO 8601, or empty.
QString normaliseAdTime(const QString& written);

} // namespace threadline::ingest
