#include "TestSupport.h"
#include "store/Database.h"

#include <QFileInfo>

using namespace threadline::store;
using threadline::testing::Scratch;

namespace {

// Commits about 12 MB (3,000 pages of 4 KiB) in one transaction.
void commitBigTransaction(Database& database) {
    auto transaction = Transaction::begin(database);
    REQUIRE(transaction);
    auto insert = database.prepare("INSERT INTO pages (bytes) VALUES (?)");
    REQUIRE(insert);
    for (int row = 0; row < 3000; ++row)
        REQUIRE(insert->bind(1, QByteArray(4000, char('a' + row % 26))).run());
    REQUIRE(transaction->commit());
}

} // namespace

TEST_CASE("a big commit's log is copied into the case file off the committing thread",
          "[store][wal]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("wal.tlcase"));
    {
        auto database = Database::open(path, Database::Access::ReadWriteCreate);
        REQUIRE(database);
        REQUIRE((*database)->execute("PRAGMA journal_mode = WAL; CREATE TABLE pages (id INTEGER "
                                     "PRIMARY KEY, bytes BLOB)"));
        const qint64 before = QFileInfo(path).size();
        commitBigTransaction(**database);
        (*database)->waitForCheckpoints();
        // The pages are in the file itself now, not only in the log beside it.
        CHECK(QFileInfo(path).size() > before + 10'000'000);
        auto rows = (*database)->queryInteger("SELECT count(*) FROM pages");
        REQUIRE(rows);
        CHECK(*rows == 3000);
    }
    // The last connection to close removes the log; nothing is left to replay.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto reopened = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(reopened);
    CHECK((*reopened)->queryInteger("SELECT count(*) FROM pages")->value_or(0) == 3000);
}

// Writeback only hastens what the commit's sync does anyway: asked for with no log yet, or in
// the middle of a transaction, it changes nothing that is read back.
TEST_CASE("starting the log's writeback early leaves the transaction as it was", "[store][wal]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("writeback.tlcase"));
    auto database = Database::open(path, Database::Access::ReadWriteCreate);
    REQUIRE(database);
    (*database)->startLogWriteback(); // no log file exists yet
    REQUIRE((*database)->execute(
        "PRAGMA journal_mode = WAL; CREATE TABLE pages (id INTEGER PRIMARY KEY, bytes BLOB)"));
    {
        auto transaction = Transaction::begin(**database);
        REQUIRE(transaction);
        auto insert = (*database)->prepare("INSERT INTO pages (bytes) VALUES (?)");
        REQUIRE(insert);
        for (int row = 0; row < 500; ++row) {
            REQUIRE(insert->bind(1, QByteArray(4000, char('a' + row % 26))).run());
            if (row % 100 == 0)
                (*database)->startLogWriteback();
        }
        // Not committed: rolled back when the transaction goes.
    }
    CHECK((*database)->queryInteger("SELECT count(*) FROM pages")->value_or(-1) == 0);
    commitBigTransaction(**database);
    (*database)->startLogWriteback();
    CHECK((*database)->queryInteger("SELECT count(*) FROM pages")->value_or(-1) == 3000);
}
