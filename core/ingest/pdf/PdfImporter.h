#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// PDF through poppler: a document per page whose locator keeps each word's box (in points), so
// any span of the page text maps back to a place on the page. Pages without a text layer are
// rendered at 300 dpi and read with tesseract. Files embedded in the PDF become child sources.
class PdfImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("pdf"); }
    QString version() const override { return QStringLiteral("2"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
