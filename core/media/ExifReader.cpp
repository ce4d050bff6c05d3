#include "media/ExifReader.h"

#include <exiv2/exiv2.hpp>

namespace threadline::media {

namespace {

QString text(const Exiv2::ExifData& exif, const char* key) {
    const auto found = exif.findKey(Exiv2::ExifKey(key));
    return found == exif.end() ? QString() : QString::fromStdString(found->toString()).trimmed();
}

// GPS coordinates are three rationals (degrees, minutes, seconds) and an N/S or E/W reference.
std::optional<double> coordinate(const Exiv2::ExifData& exif, const char* key,
                                 const char* referenceKey) {
    const auto found = exif.findKey(Exiv2::ExifKey(key));
    if (found == exif.end() || found->count() < 3)
        return std::nullopt;
    double degrees = 0;
    for (long part = 0; part < 3; ++part) {
        const Exiv2::Rational value = found->toRational(part);
        if (value.second == 0)
            return std::nullopt;
        degrees += double(value.first) / double(value.second) / std::pow(60.0, double(part));
    }
    const QString reference = text(exif, referenceKey);
    if (reference.startsWith(QLatin1Char('S')) || reference.startsWith(QLatin1Char('W')))
        degrees = -degrees;
    return degrees;
}

// "2026:03:14 21:05:00" -> "2026-03-14T21:05:00"
QString isoTime(const QString& exifTime) {
    if (exifTime.size() < 19 || exifTime.startsWith(QLatin1String("0000")))
        return {};
    QString iso = exifTime.left(19);
    iso[4] = QLatin1Char('-');
    iso[7] = QLatin1Char('-');
    iso[10] = QLatin1Char('T');
    return iso;
}

} // namespace

std::optional<PhotoMetadata> readPhotoMetadata(const QByteArray& bytes) {
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); // problems are ours to report, not stderr's
    // exiv2 reports problems by throwing; no exception leaves this adapter.
    try {
        auto image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte*>(bytes.constData()), long(bytes.size()));
        if (image.get() == nullptr) // exiv2 0.27 returns an auto_ptr
            return std::nullopt;
        image->readMetadata();
        const Exiv2::ExifData& exif = image->exifData();
        PhotoMetadata metadata;
        QString taken = text(exif, "Exif.Photo.DateTimeOriginal");
        metadata.takenAt = isoTime(taken.isEmpty() ? text(exif, "Exif.Image.DateTime") : taken);
        const auto latitude =
            coordinate(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef");
        const auto longitude =
            coordinate(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef");
        if (latitude && longitude)
            metadata.location = GeoPoint{*latitude, *longitude};
        metadata.camera =
            (text(exif, "Exif.Image.Make") + QLatin1Char(' ') + text(exif, "Exif.Image.Model"))
                .trimmed();
        return metadata;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace threadline::media
