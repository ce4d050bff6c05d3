#include "TestSupport.h"
#include "ingest/image/ImageImporter.h"
#include "media/PerceptualHash.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

using namespace threadline::ingest;

namespace {

QByteArray readFixture(const QString& name) {
    QFile file(QStringLiteral(THREADLINE_TEST_DATA "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

threadline::Result<ImportResult> importImage(const QByteArray& bytes, const QString& name) {
    ImportContext context;
    context.fileName = name;
    return ImageImporter().import(bytes, context);
}

const ExtractedEntity& entityOfType(const ImportResult& result, const QString& type) {
    for (const ExtractedEntity& entity : result.entities)
        if (entity.type == type)
            return entity;
    FAIL("no entity of type " << type.toStdString());
    return result.entities.front();
}

} // namespace

TEST_CASE("a photo gives its EXIF time and place, a perceptual hash and its words",
          "[ingest][image]") {
    auto result = importImage(readFixture(QStringLiteral("image/note-photo.jpg")),
                              QStringLiteral("note-photo.jpg"));
    REQUIRE(result);
    const ExtractedEntity& photo = entityOfType(*result, QStringLiteral("Photo"));
    CHECK(photo.properties.value(QStringLiteral("phash")).toString().size() == 16);
    CHECK(photo.properties.value(QStringLiteral("camera")).toString() ==
          QStringLiteral("ExampleCam X100"));
    const ExtractedEntity& place = entityOfType(*result, QStringLiteral("Place"));
    CHECK(place.properties.value(QStringLiteral("latitude")).toDouble() ==
          Approx(33.44167).epsilon(1e-5));
    CHECK(place.properties.value(QStringLiteral("longitude")).toDouble() ==
          Approx(-112.07).epsilon(1e-5));
    REQUIRE(result->events.size() == 1);
    CHECK(result->events.front().type == QStringLiteral("photo-taken"));
    CHECK(result->events.front().occurredAt == QStringLiteral("2026-03-14T21:05:33"));
    REQUIRE(result->documents.size() == 1);
    CHECK(result->documents.front().kind == QStringLiteral("ocr-image"));
    CHECK(result->documents.front().text.contains(QStringLiteral("Desert Inn")));
}

TEST_CASE("the same picture re-encoded keeps a close perceptual hash", "[ingest][image]") {
    QImage original;
    REQUIRE(original.loadFromData(readFixture(QStringLiteral("image/note-photo.jpg"))));
    QImage smaller;
    REQUIRE(smaller.loadFromData(readFixture(QStringLiteral("image/note-photo-small.png"))));
    const auto distance = threadline::media::hammingDistance(
        threadline::media::perceptualHash(original), threadline::media::perceptualHash(smaller));
    CHECK(distance <= 8);
    QImage other(original.size(), QImage::Format_RGB32);
    other.fill(Qt::black);
    for (int x = 0; x < other.width(); x += 40)
        for (int y = 0; y < other.height(); ++y)
            other.setPixel(x, y, 0xffffffff);
    CHECK(threadline::media::hammingDistance(threadline::media::perceptualHash(original),
                                             threadline::media::perceptualHash(other)) > 16);
}

TEST_CASE("a 30000 x 30000 PNG header is refused before decoding", "[ingest][image][hostile]") {
    auto result = importImage(readFixture(QStringLiteral("hostile/huge-30000x30000.png")),
                              QStringLiteral("huge.png"));
    REQUIRE_FALSE(result);
    CHECK(result.error().toString().contains(QStringLiteral("30000 x 30000 pixels")));
    CHECK(result.error().toString().startsWith(QStringLiteral("huge.png: header:")));
}

TEST_CASE("a truncated photo fails with a clear error", "[ingest][image][hostile]") {
    const QByteArray whole = readFixture(QStringLiteral("image/note-photo.jpg"));
    auto result = importImage(whole.left(600), QStringLiteral("note-photo.jpg"));
    if (result)
        CHECK_FALSE(result->entities.empty()); // Qt decodes what it can of a cut JPEG
    else
        CHECK(result.error().toString().startsWith(QStringLiteral("note-photo.jpg:")));
}
