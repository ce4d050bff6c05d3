#pragma once

#include "ingest/Importer.h"
#include "media/ExifReader.h"

#include <QImage>

namespace threadline::ingest {

// Photos and scans (JPEG, PNG, TIFF, WebP, GIF, BMP): a Photo entity with its perceptual hash
// (for finding reused pictures), the EXIF time as a "photo-taken" event and the GPS position as
// a Place; words in the image are read by OCR into a document with word boxes.
// A picture as a Photo entity: perceptual hash, size, camera, and the SHA-256 of its bytes as
// its identifier, so the same file reached two ways (an ad's embedded copy, the file itself) is
// one entity. Refuses images over the pixel limit before decoding them.
struct DescribedPhoto {
    ExtractedEntity entity;
    QImage image;
    std::optional<media::PhotoMetadata> metadata; // EXIF, when the file carries any
};
Result<DescribedPhoto> describePhoto(const QByteArray& bytes, const ImportContext& context);

class ImageImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("image"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
