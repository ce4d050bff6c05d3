#include "ImportFixture.h"
#include "ingest/archive/ArchiveImporter.h"
#include "store/FactStore.h"

#include <QFile>

using namespace threadline;
using namespace threadline::ingest;
using namespace threadline::jobs;
using threadline::testing::importIntoNewCase;
using threadline::testing::requireVerified;
using threadline::testing::Scratch;

namespace {

const QString kData = QStringLiteral(THREADLINE_TEST_DATA);

const ImportedFile& fileNamed(const ImportSummary& summary, const QString& ending) {
    for (const ImportedFile& file : summary.files)
        if (file.name.endsWith(ending))
            return file;
    FAIL("no imported file ends with " << ending.toStdString());
    return summary.files.front();
}

} // namespace

TEST_CASE("archive members, nested archives included, become child sources", "[ingest][archive]") {
    Scratch scratch;
    auto [store, summary] =
        importIntoNewCase(scratch, {kData + QStringLiteral("/archive/evidence.zip"),
                                    kData + QStringLiteral("/archive/evidence.tar.gz"),
                                    kData + QStringLiteral("/archive/evidence.7z")});
    for (const ImportedFile& file : summary.files) {
        INFO(file.name.toStdString() << ": " << file.error.toStdString());
        CHECK(file.ok);
    }
    CHECK(fileNamed(summary, QStringLiteral("evidence.zip › phone/contacts.vcf")).importer ==
          QStringLiteral("vcard"));
    CHECK(fileNamed(summary, QStringLiteral("nested.zip › inner/receipt.txt")).depth == 2);
    CHECK(fileNamed(summary, QStringLiteral("evidence.tar.gz › bank/transfer.txt")).ok);
    CHECK(fileNamed(summary, QStringLiteral("evidence.7z › chat/messages.txt")).ok);
    CHECK(store.facts().search(QStringLiteral("Okafor"))->size() == 1);
    CHECK(store.facts().search(QStringLiteral("\"room 14\""))->size() == 2);
    auto phones = store.facts().entities({QStringLiteral("Phone")});
    REQUIRE(phones);
    REQUIRE(phones->size() == 1);
    CHECK(phones->front().label == QStringLiteral("+16025550142"));
    auto sources = store.sources();
    REQUIRE(sources);
    const auto nested = std::find_if(sources->begin(), sources->end(), [](const Source& source) {
        return source.name == QStringLiteral("inner/receipt.txt");
    });
    REQUIRE(nested != sources->end());
    CHECK(nested->parent.isValid());
    requireVerified(store);
}

TEST_CASE("a zip bomb is stopped and the good files beside it are kept",
          "[ingest][archive][hostile]") {
    Scratch scratch;
    const QString good =
        scratch.write(QStringLiteral("good.txt"), "Ledger: 200 from buyer at 10pm");
    auto [store, summary] =
        importIntoNewCase(scratch, {kData + QStringLiteral("/hostile/zip-bomb.zip"), good});
    const ImportedFile& bomb = fileNamed(summary, QStringLiteral("zip-bomb.zip"));
    CHECK_FALSE(bomb.ok);
    CHECK(bomb.error.contains(QStringLiteral("decompression bomb")));
    CHECK(bomb.error.contains(QStringLiteral("member 1 (zeros.txt)")));
    CHECK(fileNamed(summary, QStringLiteral("good.txt")).ok);
    CHECK(store.sources()->size() == 2); // the bomb's original is kept, nothing of its content
    requireVerified(store);
}

TEST_CASE("archive paths that climb out are refused", "[ingest][archive][hostile]") {
    Scratch scratch;
    auto [store, summary] =
        importIntoNewCase(scratch, {kData + QStringLiteral("/hostile/path-traversal.zip")});
    const ImportedFile& archive = fileNamed(summary, QStringLiteral("path-traversal.zip"));
    CHECK(archive.ok);
    REQUIRE(archive.warnings.size() == 2);
    CHECK(archive.warnings[0].contains(QStringLiteral("../../etc/cron.d/evil")));
    CHECK(archive.warnings[0].contains(QStringLiteral("climbs out")));
    CHECK(fileNamed(summary, QStringLiteral("notes/ledger.txt")).ok);
    CHECK(store.sources()->size() == 2);
    CHECK(store.sources()->front().status == SourceStatus::Partial);
    requireVerified(store);
}

TEST_CASE("member paths are judged without touching the disk", "[ingest][archive]") {
    CHECK(pathClimbsOut(QStringLiteral("../x")));
    CHECK(pathClimbsOut(QStringLiteral("a/../../x")));
    CHECK(pathClimbsOut(QStringLiteral("/etc/passwd")));
    CHECK(pathClimbsOut(QStringLiteral("C:\\Windows\\x")));
    CHECK(pathClimbsOut(QStringLiteral("a\\..\\..\\x")));
    CHECK_FALSE(pathClimbsOut(QStringLiteral("a/b/../c.txt")));
    CHECK_FALSE(pathClimbsOut(QStringLiteral("./a.txt")));
}

TEST_CASE("a truncated archive fails with a clear error", "[ingest][archive][hostile]") {
    QFile file(kData + QStringLiteral("/archive/evidence.zip"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    ImportContext context;
    context.fileName = QStringLiteral("evidence.zip");
    auto result = ArchiveImporter().import(whole.left(whole.size() / 2), context);
    REQUIRE_FALSE(result);
    CHECK(result.error().toString().startsWith(QStringLiteral("evidence.zip: member")));
}
