#include "TestSupport.h"
#include "store/CaseStore.h"

#include <QBuffer>
#include <QCryptographicHash>

using namespace threadline;
using namespace threadline::store;
using threadline::testing::Scratch;

namespace {

CaseStore newCase(const Scratch& scratch) {
    auto store = CaseStore::create(scratch.path(QStringLiteral("case.tlcase")));
    REQUIRE(store);
    return std::move(*store);
}

QByteArray storedBytes(const CaseStore& store, SourceId id) {
    QByteArray bytes;
    REQUIRE(store.readOriginal(id, [&](const QByteArray& chunk) { bytes += chunk; }));
    return bytes;
}

} // namespace

TEST_CASE("a source keeps its original bytes, hash and custody details", "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    // Larger than one storage chunk, so the bytes are split and reassembled.
    const QByteArray bytes = threadline::testing::patternBytes(3 * 1024 * 1024 + 17, 7);
    const QString file = scratch.write(QStringLiteral("phone-dump.bin"), bytes);

    auto added = store.addSource(file, {QStringLiteral("DC Example"), QStringLiteral("EX/1"), {}});
    REQUIRE(added);
    CHECK_FALSE(added->duplicate);
    const Source& source = added->source;
    CHECK(source.name == QStringLiteral("phone-dump.bin"));
    CHECK(source.size == bytes.size());
    CHECK(source.sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(source.custodian == QStringLiteral("DC Example"));
    CHECK(source.exhibitRef == QStringLiteral("EX/1"));
    CHECK(source.status == SourceStatus::Stored);
    CHECK(source.importedAt.endsWith(QLatin1Char('Z')));
    CHECK_FALSE(source.importedBy.isEmpty());
    CHECK(storedBytes(store, source.id) == bytes);
}

// Debian's media-type database has no name for JSON lines and guesses by the first record.
TEST_CASE("a JSON-lines dump is recorded as JSON lines whatever its first record holds",
          "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    const QByteArray html = "<!DOCTYPE html><html><head><title>Ad</title></head></html>";
    for (const QString& name : {QStringLiteral("scrape.jsonl"), QStringLiteral("SCRAPE.NDJSON")}) {
        const QByteArray line = R"({"url":"https://ads.example/)" + name.toUtf8() +
                                R"(","raw_content":")" + html + "\"}\n";
        auto added = store.addSource(scratch.write(name, line + line), {});
        REQUIRE(added);
        CHECK_FALSE(added->duplicate);
        CHECK(added->source.mediaType == QStringLiteral("application/x-ndjson"));
    }
    auto page = store.addSource(scratch.write(QStringLiteral("page.html"), html), {});
    REQUIRE(page);
    CHECK(page->source.mediaType == QStringLiteral("text/html"));
}

// An import hashes and types a file first and stores it when it first writes.
TEST_CASE("a prepared source is stored only when asked and only with the same bytes",
          "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    QByteArray bytes = threadline::testing::patternBytes(2 * 1024 * 1024 + 5, 3);
    QBuffer device(&bytes);
    REQUIRE(device.open(QIODevice::ReadOnly));
    auto prepared = store.prepareSource(device, QStringLiteral("dump.jsonl"), {});
    REQUIRE(prepared);
    CHECK_FALSE(prepared->existing);
    CHECK(prepared->mediaType == QStringLiteral("application/x-ndjson"));
    CHECK(store.sources()->empty()); // nothing written yet

    QByteArray changed = bytes;
    changed[1000] = char(changed[1000] ^ 1);
    QBuffer changedDevice(&changed);
    REQUIRE(changedDevice.open(QIODevice::ReadOnly));
    auto refused = store.storePreparedSource(changedDevice, *prepared, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("changed")));
    CHECK(store.sources()->empty());

    auto stored = store.storePreparedSource(device, *prepared, {});
    REQUIRE(stored);
    CHECK(stored->sha256 == prepared->sha256);
    CHECK(storedBytes(store, stored->id) == bytes);
    auto again = store.prepareSource(device, QStringLiteral("dump.jsonl"), {});
    REQUIRE(again);
    REQUIRE(again->existing);
    CHECK(again->existing->id == stored->id);
}

TEST_CASE("the same bytes twice are stored once", "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    const QString first = scratch.write(QStringLiteral("ad.html"), "<p>call me</p>");
    const QString copy = scratch.write(QStringLiteral("ad-copy.html"), "<p>call me</p>");

    auto added = store.addSource(first);
    auto again = store.addSource(copy);
    REQUIRE(added);
    REQUIRE(again);
    CHECK(again->duplicate);
    CHECK(again->source.id == added->source.id);
    CHECK(again->source.name == QStringLiteral("ad.html"));
    auto sources = store.sources();
    REQUIRE(sources);
    CHECK(sources->size() == 1);
    auto log = store.auditLog();
    REQUIRE(log);
    CHECK(log->size() == 2); // case created, one source added
}

TEST_CASE("the same file stored by two imports at once: the second hears it is already "
          "imported, not a database error",
          "[store][sources]") {
    Scratch scratch;
    CaseStore first = newCase(scratch);
    auto second = CaseStore::open(scratch.path(QStringLiteral("case.tlcase")));
    REQUIRE(second);
    QByteArray bytes("<p>call me</p>");
    QBuffer device(&bytes);
    REQUIRE(device.open(QIODevice::ReadOnly));
    // Both hashed the file before either stored it.
    auto prepared = first.prepareSource(device, QStringLiteral("ad.html"), {});
    auto alsoPrepared = second->prepareSource(device, QStringLiteral("ad.html"), {});
    REQUIRE(prepared);
    REQUIRE(alsoPrepared);
    REQUIRE(first.storePreparedSource(device, *prepared, {}));
    auto late = second->storePreparedSource(device, *alsoPrepared, {});
    REQUIRE_FALSE(late);
    CHECK(late.error().message.startsWith(QStringLiteral("already imported")));
    CHECK_FALSE(late.error().message.contains(QStringLiteral("UNIQUE")));
    CHECK(first.sources()->size() == 1);
}

TEST_CASE("an empty file is a valid source", "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    auto added = store.addSource(scratch.write(QStringLiteral("empty.txt"), {}));
    REQUIRE(added);
    CHECK(added->source.size == 0);
    CHECK(storedBytes(store, added->source.id).isEmpty());
    auto report = store.verify();
    REQUIRE(report);
    CHECK(report->passed());
}

TEST_CASE("adding a missing file or a folder fails and adds nothing", "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    auto missing = store.addSource(scratch.path(QStringLiteral("nope.pdf")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().toString().contains(QStringLiteral("nope.pdf")));
    auto folder = store.addSource(scratch.path(QString()));
    REQUIRE_FALSE(folder);
    CHECK(folder.error().code == ErrorCode::InvalidArgument);
    CHECK(store.sources()->empty());
}

TEST_CASE("cancelling an add rolls it back", "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    const QString file =
        scratch.write(QStringLiteral("big.bin"), threadline::testing::patternBytes(4 << 20, 3));
    // Cancel during the second (storing) pass, after some chunks were written.
    auto cancelled = store.addSource(
        file, {}, [](std::int64_t done, std::int64_t total) { return done < total * 3 / 4; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(store.sources()->empty());
    CHECK(store.auditLog()->size() == 1);
    auto report = store.verify();
    REQUIRE(report);
    CHECK(report->passed());
}

TEST_CASE("the summary counts what the case holds", "[store][sources]") {
    Scratch scratch;
    CaseStore store = newCase(scratch);
    REQUIRE(store.addSource(scratch.write(QStringLiteral("a.txt"), "alpha")));
    REQUIRE(store.addSource(scratch.write(QStringLiteral("b.txt"), "bravo!")));
    auto summary = store.summary();
    REQUIRE(summary);
    CHECK(summary->sources == 2);
    CHECK(summary->sourceBytes == 11);
    CHECK(summary->auditEntries == 3);
    CHECK(summary->entitiesByType.empty());
}
