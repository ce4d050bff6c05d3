#include "TestSupport.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QCryptographicHash>

using namespace threadline;
using namespace threadline::store;
using threadline::testing::runSqlite;
using threadline::testing::Scratch;

namespace {

// A case with two text sources, closed again so tests can tamper with the file.
QString makeCase(const Scratch& scratch) {
    const QString path = scratch.path(QStringLiteral("case.tlcase"));
    auto store = CaseStore::create(path);
    REQUIRE(store);
    REQUIRE(
        store->addSource(scratch.write(QStringLiteral("receipt.txt"), "Hotel receipt, room 12")));
    REQUIRE(store->addSource(scratch.write(QStringLiteral("ad.txt"), "new in town, call me")));
    return path;
}

VerificationReport verify(const QString& path) {
    auto store = CaseStore::open(path, CaseStore::Access::ReadOnly);
    REQUIRE(store);
    auto report = store->verify();
    REQUIRE(report);
    return *report;
}

bool mentions(const VerificationReport& report, const QString& subject, const QString& words) {
    for (const VerificationProblem& problem : report.problems)
        if (problem.subject == subject && problem.detail.contains(words))
            return true;
    return false;
}

} // namespace

TEST_CASE("every change is chained in the audit log", "[store][audit]") {
    Scratch scratch;
    const QString path = makeCase(scratch);
    auto store = CaseStore::open(path);
    REQUIRE(store);
    auto log = store->auditLog();
    REQUIRE(log);
    REQUIRE(log->size() == 3);
    CHECK((*log)[0].action == QStringLiteral("case.created"));
    CHECK((*log)[0].previousHash == AuditLog::kGenesisHash);
    CHECK((*log)[1].action == QStringLiteral("source.added"));
    CHECK((*log)[1].detailsJson.contains(QStringLiteral("receipt.txt")));
    for (std::size_t row = 1; row < log->size(); ++row)
        CHECK((*log)[row].previousHash == (*log)[row - 1].hash);
    for (const AuditEntry& entry : *log)
        CHECK(AuditLog::computeHash(entry) == entry.hash);

    auto recorded = store->recordAction(QStringLiteral("exhibit.exported"),
                                        {{QStringLiteral("exhibit"), QStringLiteral("JD/7")}});
    REQUIRE(recorded);
    CHECK(recorded->previousHash == log->back().hash);
    auto report = store->verify();
    REQUIRE(report);
    CHECK(report->passed());
    CHECK(report->auditEntries == 4);
    CHECK(report->headHash == recorded->hash);
    CHECK(report->sourcesChecked == 2);
}

TEST_CASE("the audit log and originals refuse UPDATE and DELETE", "[store][audit]") {
    Scratch scratch;
    const QString path = makeCase(scratch);
    auto database = Database::open(path, Database::Access::ReadWrite);
    REQUIRE(database);
    for (const char* sql :
         {"UPDATE audit SET os_user = 'mallory'", "DELETE FROM audit",
          "UPDATE source_content SET bytes = x'00'", "DELETE FROM source_content",
          "UPDATE sources SET sha256 = replace(sha256, 'a', 'b')", "DELETE FROM sources"}) {
        INFO(sql);
        auto attempt = (*database)->execute(sql);
        REQUIRE_FALSE(attempt);
    }
    CHECK(verify(path).passed());
}

TEST_CASE("verify names a tampered audit row", "[store][audit][tamper]") {
    Scratch scratch;
    const QString path = makeCase(scratch);
    const auto tampered = runSqlite(
        path, QStringLiteral("DROP TRIGGER audit_no_update;"
                             "UPDATE audit SET os_user = 'mallory' WHERE id = 2;"
                             "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN "
                             "SELECT RAISE(ABORT, 'the audit log is append-only'); END;"));
    REQUIRE(tampered.exitCode == 0);
    const VerificationReport report = verify(path);
    CHECK_FALSE(report.passed());
    CHECK(
        mentions(report, QStringLiteral("audit row 2"), QStringLiteral("does not match its hash")));
    CHECK(report.problems.size() == 1);
}

TEST_CASE("verify names a deleted audit row", "[store][audit][tamper]") {
    Scratch scratch;
    const QString path = makeCase(scratch);
    REQUIRE(runSqlite(path, QStringLiteral("DROP TRIGGER audit_no_delete;"
                                           "DELETE FROM audit WHERE id = 2;"))
                .exitCode == 0);
    const VerificationReport report = verify(path);
    CHECK(mentions(report, QStringLiteral("audit row 3"), QStringLiteral("missing")));
    CHECK(mentions(report, QStringLiteral("audit row 3"), QStringLiteral("does not chain")));
    CHECK(mentions(report, QStringLiteral("database"), QStringLiteral("audit_no_delete")));
    CHECK(mentions(report, QStringLiteral("source #1 (receipt.txt)"),
                   QStringLiteral("no audit record")));
}

TEST_CASE("verify names a stored original with one byte flipped", "[store][audit][tamper]") {
    Scratch scratch;
    const QString path = makeCase(scratch);
    // 'H' -> 'J' in "Hotel receipt": one byte of the stored original changes.
    const auto tampered = runSqlite(
        path,
        QStringLiteral(
            "DROP TRIGGER source_content_no_update;"
            "UPDATE source_content SET bytes = CAST(replace(CAST(bytes AS TEXT), 'Hotel', 'Jotel') "
            "AS BLOB) WHERE source_id = 1;"
            "CREATE TRIGGER source_content_no_update BEFORE UPDATE ON source_content BEGIN "
            "SELECT RAISE(ABORT, 'stored originals cannot be changed'); END;"));
    REQUIRE(tampered.exitCode == 0);
    const VerificationReport report = verify(path);
    CHECK_FALSE(report.passed());
    CHECK(mentions(report, QStringLiteral("source #1 (receipt.txt)"),
                   QStringLiteral("does not match its SHA-256")));
    CHECK(report.problems.size() == 1);
}

TEST_CASE("verify catches a source whose hash was rewritten to match", "[store][audit][tamper]") {
    Scratch scratch;
    const QString path = makeCase(scratch);
    // The tamperer fixes both the bytes and the recorded hash; only the audit log remembers.
    const auto tampered = runSqlite(
        path,
        QStringLiteral("DROP TRIGGER source_content_no_update; DROP TRIGGER sources_identity_fixed;"
                       "UPDATE source_content SET bytes = CAST('Hotel receipt, room 13' AS BLOB) "
                       "WHERE source_id = 1;"
                       "UPDATE sources SET sha256 = '%1' WHERE id = 1;")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash("Hotel receipt, room 13", QCryptographicHash::Sha256)
                    .toHex())));
    REQUIRE(tampered.exitCode == 0);
    const VerificationReport report = verify(path);
    CHECK(mentions(report, QStringLiteral("source #1 (receipt.txt)"),
                   QStringLiteral("differs from the one in the audit log")));
}
