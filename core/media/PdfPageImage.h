#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace threadline::media {

// A page of a PDF drawn for the evidence viewer.
struct PdfPageImage {
    QImage image;
    double pixelsPerPoint = 1; // to place word boxes, which the store keeps in points
};

// Draws page `page` (1-based) of the PDF `bytes` (named `name` in errors) `widthPixels` wide.
// The last few documents parsed are kept by their SHA-256, so stepping through the evidence of
// one file parses it once. Thread-safe.
Result<PdfPageImage> renderPdfPage(const QByteArray& bytes, const QString& sha256,
                                   const QString& name, int page, int widthPixels);

} // namespace threadline::media
