#include "ingest/image/ImageImporter.h"

#include "media/ExifReader.h"
#include "media/PerceptualHash.h"
#include "ocr/Ocr.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QJsonArray>

namespace threadline::ingest {

namespace {

// Scans and phone photos are rarely tagged with their resolution; 300 dpi suits OCR best.
constexpr int kAssumedDpi = 300;
constexpr double kMinimumOcrConfidence = 45;

bool hasImageMagic(const QByteArray& head) {
    return head.startsWith("\xFF\xD8\xFF") || head.startsWith("\x89PNG\r\n\x1A\n") ||
           head.startsWith("II*\0") || head.startsWith("MM\0*") ||
           (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") || head.startsWith("GIF8") ||
           head.startsWith("BM");
}

// Reads only the header to learn the size, so a hostile 30000 x 30000 image is refused before
// a byte of its pixels is decoded.
Result<QImage> decode(const QByteArray& bytes, const ImportContext& context) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation, as the photographer saw it
    const QSize size = reader.size();
    if (!size.isValid())
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("the image header cannot be read: the file is damaged, truncated or "
                           "not really an image"),
            context.fileName, QStringLiteral("header"));
    if (std::int64_t(size.width()) * size.height() > context.limits.maxImagePixels)
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("the image is %1 x %2 pixels, over the limit of %3 pixels; not decoded")
                .arg(size.width())
                .arg(size.height())
                .arg(context.limits.maxImagePixels),
            context.fileName, QStringLiteral("header"));
    QImageReader::setAllocationLimit(int((context.limits.maxImagePixels * 4) >> 20) + 1);
    QImage image = reader.read();
    if (image.isNull())
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("the image is damaged or truncated: its pixels cannot be decoded"),
            context.fileName);
    return image;
}

// The user may cancel while tesseract reads (a photo of noise can take it seconds).
void addOcrDocument(const QImage& image, const ImportContext& context, ImportResult& result) {
    const QString& fileName = context.fileName;
    auto page = ocr::recognise(image, kAssumedDpi, QStringLiteral("eng"),
                               [&] { return context.cancelled(0.5); });
    if (!page) {
        result.warnings << page.error().message;
        return;
    }
    if (page->meanConfidence < kMinimumOcrConfidence || page->text.simplified().size() < 3)
        return; // a picture, not a document
    QJsonArray words;
    for (const ocr::OcrWord& word : page->words)
        words.append(QJsonArray{word.charStart, word.text.size(), word.box.x(), word.box.y(),
                                word.box.width(), word.box.height()});
    result.addDocument({QStringLiteral("ocr-image"),
                        fileName,
                        page->text,
                        {},
                        {},
                        QJsonObject{{QStringLiteral("ocr"), true},
                                    {QStringLiteral("units"), QStringLiteral("pixels")},
                                    {QStringLiteral("confidence"), page->meanConfidence},
                                    {QStringLiteral("words"), words}}});
}

void addExif(const media::PhotoMetadata& metadata, int photo, ImportResult& result) {
    const Evidence exif{-1, QJsonObject{{QStringLiteral("exif"), true}}, {}, 1.0};
    if (metadata.location) {
        const QString where = QStringLiteral("%1, %2")
                                  .arg(metadata.location->latitude, 0, 'f', 5)
                                  .arg(metadata.location->longitude, 0, 'f', 5);
        const int place = result.addEntity(
            {QStringLiteral("Place"),
             where,
             QJsonObject{{QStringLiteral("latitude"), metadata.location->latitude},
                         {QStringLiteral("longitude"), metadata.location->longitude}},
             {{QStringLiteral("geo"), where}},
             exif});
        result.links.push_back({QStringLiteral("taken-at"), photo, place, true, 1, {}, exif});
    }
    if (!metadata.takenAt.isEmpty()) {
        ExtractedEvent taken;
        taken.type = QStringLiteral("photo-taken");
        taken.occurredAt = metadata.takenAt;
        taken.summary =
            QStringLiteral("Photo taken%1")
                .arg(metadata.camera.isEmpty() ? QString()
                                               : QStringLiteral(" with ") + metadata.camera);
        taken.properties = QJsonObject{
            {QStringLiteral("time_zone"), QStringLiteral("camera clock, zone unknown")}};
        taken.participants.push_back({photo, QStringLiteral("photo")});
        taken.evidence = exif;
        result.events.push_back(std::move(taken));
    }
}

} // namespace

int ImageImporter::fitness(const QByteArray& head, const ImportContext&) const {
    return hasImageMagic(head) ? 90 : 0;
}

Result<DescribedPhoto> describePhoto(const QByteArray& bytes, const ImportContext& context) {
    auto image = decode(bytes, context);
    if (!image)
        return std::unexpected(image.error());
    const std::uint64_t hash = media::perceptualHash(*image);
    QJsonObject properties{
        {QStringLiteral("phash"), QString::number(hash, 16).rightJustified(16, QLatin1Char('0'))},
        {QStringLiteral("width"), image->width()},
        {QStringLiteral("height"), image->height()}};
    const auto metadata = media::readPhotoMetadata(bytes);
    if (metadata && !metadata->camera.isEmpty())
        properties.insert(QStringLiteral("camera"), metadata->camera);
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return DescribedPhoto{{QStringLiteral("Photo"),
                           context.fileName,
                           properties,
                           {{QStringLiteral("image-sha256"), sha256}},
                           {}},
                          *image,
                          metadata};
}

Result<ImportResult> ImageImporter::import(const QByteArray& bytes,
                                           const ImportContext& context) const {
    auto photo = describePhoto(bytes, context);
    if (!photo)
        return std::unexpected(photo.error());
    ImportResult result;
    const int entity = result.addEntity(photo->entity);
    if (photo->metadata)
        addExif(*photo->metadata, entity, result);
    if (context.cancelled(0.3))
        return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
    addOcrDocument(photo->image, context, result);
    return result;
}

} // namespace threadline::ingest
