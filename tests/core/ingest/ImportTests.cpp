#include "ImportFixture.h"
#include "ingest/email/HeaderAddresses.h"
#include "store/FactStore.h"

#include <QDir>
#include <QFile>
#include <QSet>

using namespace threadline;
using namespace threadline::ingest;
using namespace threadline::jobs;
using threadline::testing::importIntoNewCase;
using threadline::testing::ProcessResult;
using threadline::testing::requireVerified;
using threadline::testing::runSqlite;
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

    // Every address of a From, To, Cc or Bcc header is an entity, as written, valid or not
    // (".andy@enron.com", "a..campos@enron.com"): the set Python's e-mail parser reads.
    const ProcessResult fromHeaders = runSqlite(
        store.path(), QStringLiteral("SELECT DISTINCT e.label FROM entities e JOIN assertions a "
                                     "ON a.subject_kind = 'entity' AND a.subject_id = e.id "
                                     "WHERE e.type = 'EmailAddress' AND "
                                     "json_extract(a.locator, '$.header') IS NOT NULL;"));
    REQUIRE(fromHeaders.exitCode == 0);
    QStringList ours = fromHeaders.standardOutput.split(u'\n', Qt::SkipEmptyParts);
    QFile expectedFile(
        QStringLiteral(THREADLINE_TEST_DATA "/email/enron-tiny-header-addresses.txt"));
    REQUIRE(expectedFile.open(QIODevice::ReadOnly));
    QStringList python = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ours.sort();
    python.sort();
    CHECK(python.size() == 917);
    CHECK(ours == python);
    CHECK(ours.contains(QStringLiteral(".andy@enron.com")));
    CHECK(ours.contains(QStringLiteral("a..campos@enron.com")));
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

TEST_CASE("header addresses are read as the mail system wrote them", "[ingest][email]") {
    auto addresses = [](const char* value) {
        QStringList written;
        for (const HeaderAddress& address : readAddressList(QByteArray(value)))
            written << (address.name.isEmpty()
                            ? address.address
                            : address.name + QStringLiteral(" | ") + address.address);
        return written;
    };
    // What GMime reads stays as GMime reads it: groups, quoted commas, encoded names.
    CHECK(addresses("\"Lay, Kenneth\" <Kenneth.Lay@ENRON.com>, jeff@enron.com") ==
          QStringList{QStringLiteral("Lay, Kenneth | kenneth.lay@enron.com"),
                      QStringLiteral("jeff@enron.com")});
    CHECK(addresses("Traders: a@x.example, b@x.example;") ==
          QStringList{QStringLiteral("a@x.example"), QStringLiteral("b@x.example")});
    CHECK(addresses("=?UTF-8?Q?Jos=C3=A9?= <jose@x.example>") ==
          QStringList{QStringLiteral("José | jose@x.example")});
    CHECK(addresses("undisclosed-recipients:;").isEmpty());
    // What it refuses is kept, and takes none of its neighbours with it.
    CHECK(addresses("e-mail <.bill@enron.com>, e-mail <.andy@enron.com>") ==
          QStringList{QStringLiteral("e-mail | .bill@enron.com"),
                      QStringLiteral("e-mail | .andy@enron.com")});
    CHECK(addresses("a..campos@enron.com, \"Shively, Hunter\" <hunter.shively@enron.com>") ==
          QStringList{QStringLiteral("a..campos@enron.com"),
                      QStringLiteral("Shively, Hunter | hunter.shively@enron.com")});
    CHECK(addresses("a..campos@enron.com (Alan Campos)") ==
          QStringList{QStringLiteral("a..campos@enron.com")});
}
