// Every file under tests/data/hostile (bombs, climbing paths, and what the fuzz targets found,
// in hostile/fuzz/) is imported as an analyst would: each imports or fails in words, never a
// crash, never a database message, and the case stays intact.
#include "ImportFixture.h"

#include <QDirIterator>

using threadline::testing::importIntoNewCase;
using threadline::testing::requireVerified;
using threadline::testing::Scratch;

TEST_CASE("every hostile file and fuzz finding imports or fails in words", "[ingest][hostile]") {
    QStringList files;
    QDirIterator walk(QStringLiteral(THREADLINE_TEST_DATA "/hostile"), QDir::Files,
                      QDirIterator::Subdirectories);
    while (walk.hasNext())
        files << walk.next();
    files.removeIf([](const QString& path) { return path.endsWith(QLatin1String(".md")); });
    files.sort();
    REQUIRE(files.size() >= 4);
    for (const QString& file : files) {
        INFO(file.toStdString());
        Scratch scratch;
        auto imported = importIntoNewCase(scratch, {file});
        REQUIRE_FALSE(imported.summary.files.empty());
        for (const auto& outcome : imported.summary.files) {
            INFO(outcome.name.toStdString() << ": " << outcome.error.toStdString());
            CHECK((outcome.ok || !outcome.error.isEmpty()));
            CHECK_FALSE(outcome.error.contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
            CHECK_FALSE(outcome.error.contains(QStringLiteral("constraint")));
        }
        requireVerified(imported.store);
    }
}
