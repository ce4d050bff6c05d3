#include "TestSupport.h"
#include "store/Database.h"

#include <sqlite3.h>

using namespace threadline::store;
using threadline::testing::Scratch;

namespace {

std::unique_ptr<Database> tableOfValues(const Scratch& scratch) {
    auto database = Database::open(scratch.path(QStringLiteral("values.db")),
                                   Database::Access::ReadWriteCreate);
    REQUIRE(database);
    REQUIRE((*database)->execute("CREATE TABLE v (id INTEGER PRIMARY KEY, a, b, c)"));
    return std::move(*database);
}

QString readBack(Database& database, const char* sql) {
    auto select = database.prepare(sql);
    REQUIRE(select);
    REQUIRE(*select->step());
    return select->isNull(0) ? QStringLiteral("<null>") : select->text(0);
}

} // namespace

// Bound text and blobs are not copied by SQLite: the statement keeps the bytes itself, so
// values made on the spot and gone before the statement runs must still be what is stored.
TEST_CASE("values bound from temporaries are stored as they were bound", "[store][statement]") {
    Scratch scratch;
    auto database = tableOfValues(scratch);
    auto insert = database->prepare("INSERT INTO v (a, b, c) VALUES (?, ?, ?)");
    REQUIRE(insert);
    for (int row = 0; row < 50; ++row) {
        insert->bind(1, QStringLiteral("text %1 ").arg(row).repeated(40));
        insert->bindUtf8(2, QStringLiteral("ünïcode %1").arg(row).toUtf8());
        insert->bind(3, QByteArray(3000, char('a' + row % 26)));
        REQUIRE(insert->run());
    }
    CHECK(readBack(*database, "SELECT a FROM v WHERE id = 8") ==
          QStringLiteral("text 7 ").repeated(40));
    CHECK(readBack(*database, "SELECT b FROM v WHERE id = 50") == QStringLiteral("ünïcode 49"));
    CHECK(readBack(*database, "SELECT count(*) FROM v WHERE length(c) = 3000 AND "
                              "substr(c, 2999, 1) = CAST(char(97 + (id - 1) % 26) AS BLOB)") ==
          QStringLiteral("50"));
}

TEST_CASE("null text binds NULL and empty text and blobs bind empty values", "[store][statement]") {
    Scratch scratch;
    auto database = tableOfValues(scratch);
    auto insert = database->prepare("INSERT INTO v (a, b, c) VALUES (?, ?, ?)");
    REQUIRE(insert);
    REQUIRE(insert->bind(1, QString()).bindUtf8(2, QByteArray()).bind(3, QByteArray()).run());
    REQUIRE(insert->bind(1, QStringLiteral(""))
                .bindUtf8(2, QByteArray(""))
                .bind(3, QByteArray())
                .run());
    CHECK(readBack(*database, "SELECT quote(a) || quote(b) || typeof(c) FROM v WHERE id = 1") ==
          QStringLiteral("NULLNULLblob"));
    CHECK(readBack(*database, "SELECT quote(a) || quote(b) || length(c) FROM v WHERE id = 2") ==
          QStringLiteral("''''0"));
}

// SQLite keeps no memory statistics (they cost every allocation a global lock); if something
// initialised SQLite before the first case was opened, they would be counted again.
TEST_CASE("SQLite counts no memory once a database is open", "[store]") {
    Scratch scratch;
    auto database = tableOfValues(scratch);
    REQUIRE(database->execute("INSERT INTO v (a) VALUES (randomblob(100000))"));
    CHECK(sqlite3_memory_used() == 0);
}

// A statement bound in one function and run in another is moved on the way; the bytes it
// bound must move with it (they did not, once: a filtered table read garbage).
TEST_CASE("values bound before a statement is moved are still the values run",
          "[store][statement]") {
    Scratch scratch;
    auto database = tableOfValues(scratch);
    auto bound = [&] {
        auto insert = database->prepare("INSERT INTO v (a, b, c) VALUES (?, ?, ?)");
        REQUIRE(insert);
        insert->bind(1, QStringLiteral("moved text ").repeated(50));
        insert->bind(3, QByteArray(4000, 'z'));
        return std::move(*insert);
    };
    Statement moved = bound();
    Statement assigned = bound();
    assigned = bound();
    REQUIRE(moved.run());
    REQUIRE(assigned.run());
    CHECK(readBack(*database, "SELECT a FROM v WHERE id = 1") ==
          QStringLiteral("moved text ").repeated(50));
    CHECK(readBack(*database, "SELECT length(c) FROM v WHERE id = 2") == QStringLiteral("4000"));
}
