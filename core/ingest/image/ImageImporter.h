#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// Photos and scans (JPEG, PNG, TIFF, WebP, GIF, BMP): a Photo entity with its perceptual hash
// (for finding reused pictures), the EXIF time as a "photo-taken" event and the GPS position as
// a Place; words in the image are read by OCR into a document with word boxes.
class ImageImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("image"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
