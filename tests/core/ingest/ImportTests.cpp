#include "ImportFixture.h"
#include "store/FactStore.h"

#include <QDir>
#include <QSet>

using namespace threadline;
using namespace threadline::ingest;
using namespace threadline::jobs;
using threadline::testing::importIntoNewCase;
using threadline::testing::requireVerified;
using threadline::testing::Scratch;

namespace {

const QString kData = QStringLiteral(THREADLINE_SHARED_DATA);

int countWithImporter(const ImportSummary& summary, const QString& importer) {
    return int(
        std::count_if(summary.files.begin(), summary.files.end(), [&](const ImportedFile& file) {
            return file.ok && file.importer == importer;
        }));
}

} // namespace

TEST_CASE("all 203 Enron messages import as e-mail", "[ingest][email]") {
    Scratch scratch;
    auto [store, summary] =
        importIntoNewCase(scratch, {kData + QStringLiteral("/email-enron/enron_tiny")});
    CHECK(summary.files.size() == 203);
    CHECK(summary.failed() == 0);
    CHECK(countWithImporter(summary, QStringLiteral("email")) == 203);
    auto info = store.summary();
    REQUIRE(info);
    CHECK(info->documents == 203);
    CHECK(info->events == 203); // every message carries a Date
    CHECK(info->entitiesByType[QStringLiteral("EmailAddress")] > 100);
    CHECK(info->linksByType[QStringLiteral("e-mailed")] > 203);
    auto hits = store.facts().search(QStringLiteral("gas contract"));
    REQUIRE(hits);
    CHECK_FALSE(hits->empty());
    CHECK(hits->front().snippet.contains(QStringLiteral("[gas]")));
    requireVerified(store);
}

TEST_CASE("the Enron mbox imports every message, sharing addresses", "[ingest][email]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(
        scratch, {kData + QStringLiteral("/email-enron/enron_tiny_derived.mbox")});
    REQUIRE(summary.files.size() == 1);
    CHECK(summary.files.front().ok);
    CHECK(summary.files.front().counts.documents == 203);
    auto info = store.summary();
    REQUIRE(info);
    CHECK(info->documents == 203);
    // One entity per address, however many messages mention it.
    auto addresses = store.facts().entities({QStringLiteral("EmailAddress")});
    REQUIRE(addresses);
    QSet<QString> labels;
    for (const Entity& address : *addresses)
        labels.insert(address.label);
    CHECK(qsizetype(labels.size()) == qsizetype(addresses->size()));
}

TEST_CASE("attachments and attached messages become child sources", "[ingest][email]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(
        scratch, {kData + QStringLiteral("/email-mime/raw_email_with_nested_attachment.eml"),
                  kData + QStringLiteral("/email-mime/email_multipart_nested.eml")});
    auto sources = store.sources();
    REQUIRE(sources);
    const auto children = std::count_if(sources->begin(), sources->end(), [](const Source& source) {
        return source.parent.isValid();
    });
    CHECK(children >= 2);
    for (const ImportedFile& file : summary.files) {
        INFO(file.name.toStdString() << ": " << file.error.toStdString());
        if (file.depth == 0)
            CHECK(file.ok);
    }
    requireVerified(store);
}

TEST_CASE("an import goes on after a failing file and records why", "[ingest][job]") {
    Scratch scratch;
    const QString good =
        scratch.write(QStringLiteral("notes.txt"), "Met R. at the Desert Inn, room 12");
    const QString binary =
        scratch.write(QStringLiteral("blob.bin"), threadline::testing::patternBytes(5000, 4));
    const QString copy =
        scratch.write(QStringLiteral("notes-copy.txt"), "Met R. at the Desert Inn, room 12");
    auto [store, summary] = importIntoNewCase(scratch, {binary, good, copy});
    REQUIRE(summary.files.size() == 3);
    CHECK_FALSE(summary.files[0].ok);
    CHECK(summary.files[0].error.contains(QStringLiteral("no importer")));
    CHECK(summary.files[1].ok);
    CHECK(summary.files[2].duplicate);
    auto sources = store.sources();
    REQUIRE(sources);
    REQUIRE(sources->size() == 2);
    CHECK((*sources)[0].status == SourceStatus::Failed);
    CHECK((*sources)[0].error.contains(QStringLiteral("no importer")));
    CHECK((*sources)[1].status == SourceStatus::Imported);
    CHECK(store.summary()->documents == 1);
    CHECK(store.facts().search(QStringLiteral("desert inn"))->size() == 1);
    requireVerified(store);
}
