#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace threadline::media {

struct GeoPoint {
    double latitude;  // degrees, north positive
    double longitude; // degrees, east positive
};

// What the EXIF block of a photo says about when, where and with what it was taken.
struct PhotoMetadata {
    QString takenAt; // "2026-03-14T21:05:00": camera clock, time zone unknown unless offset given
    std::optional<GeoPoint> location;
    QString camera; // "Make Model"
};

// Reads EXIF with exiv2. Photos without EXIF give an empty result; unreadable metadata gives
// nullopt and leaves the image itself importable.
std::optional<PhotoMetadata> readPhotoMetadata(const QByteArray& bytes);

} // namespace threadline::media
