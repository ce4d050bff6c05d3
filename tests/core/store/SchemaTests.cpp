#include "TestSupport.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QFile>

using namespace threadline;
using namespace threadline::store;
using threadline::testing::Scratch;

namespace {

std::int64_t pragma(Database& database, const char* sql) {
    auto value = database.queryInteger(sql);
    REQUIRE(value);
    REQUIRE(value->has_value());
    return **value;
}

QString pragmaText(Database& database, const char* sql) {
    auto statement = database.prepare(sql);
    REQUIRE(statement);
    auto hasRow = statement->step();
    REQUIRE(hasRow);
    REQUIRE(*hasRow);
    return statement->text(0);
}

std::unique_ptr<Database> openRaw(const QString& path) {
    auto database = Database::open(path, Database::Access::ReadWrite);
    REQUIRE(database);
    return std::move(*database);
}

} // namespace

TEST_CASE("a new case carries Threadline's header, settings and current schema",
          "[store][schema]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("new.tlcase"));
    REQUIRE(CaseStore::create(path));

    auto database = openRaw(path);
    CHECK(pragma(*database, "PRAGMA application_id") == kApplicationId);
    CHECK(pragma(*database, "PRAGMA user_version") == currentSchemaVersion());
    CHECK(pragmaText(*database, "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(*database, "PRAGMA foreign_keys") == 1);
    CHECK(pragma(*database, "PRAGMA trusted_schema") == 0);
    for (const char* table :
         {"sources", "source_content", "documents", "documents_fts", "entities", "identifiers",
          "links", "events", "assertions", "merges", "charts", "audit"}) {
        const QByteArray sql =
            QByteArray("SELECT count(*) FROM sqlite_schema WHERE name = '") + table + "'";
        INFO(table);
        CHECK(pragma(*database, sql.constData()) == 1);
    }
}

TEST_CASE("an opened case uses full synchronous commits", "[store][schema]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("sync.tlcase"));
    REQUIRE(CaseStore::create(path));
    auto store = CaseStore::open(path);
    REQUIRE(store);
    // synchronous is per connection: check through a second connection configured the same way.
    auto database = openRaw(path);
    REQUIRE(database->execute("PRAGMA synchronous = FULL"));
    CHECK(pragma(*database, "PRAGMA synchronous") == 2);
}

TEST_CASE("creating over an existing file is refused and leaves it alone", "[store][schema]") {
    Scratch scratch;
    const QString path = scratch.write(QStringLiteral("notes.tlcase"), "my notes");
    auto created = CaseStore::create(path);
    REQUIRE_FALSE(created);
    CHECK(created.error().message.contains(QStringLiteral("already exists")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "my notes");
}

TEST_CASE("migrations run forward one transaction at a time", "[store][schema]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("migrate.tlcase"));
    REQUIRE(CaseStore::create(path));
    auto database = openRaw(path);

    const std::vector<Migration> base(migrations().begin(), migrations().end());
    std::vector<Migration> extended = base;
    extended.push_back({currentSchemaVersion() + 1, "add a test table",
                        "CREATE TABLE migration_probe (x INTEGER) STRICT;"});

    SECTION("a newer build migrates an older case") {
        REQUIRE(migrate(*database, extended));
        CHECK(pragma(*database, "PRAGMA user_version") == currentSchemaVersion() + 1);
        CHECK(pragma(*database,
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'migration_probe'") == 1);
    }
    SECTION("a failing migration leaves the case at the last good version") {
        extended.push_back({currentSchemaVersion() + 2, "broken", "CREATE TABLE audit (x);"});
        auto migrated = migrate(*database, extended);
        REQUIRE_FALSE(migrated);
        CHECK(migrated.error().message.contains(QStringLiteral("migration")));
        CHECK(pragma(*database, "PRAGMA user_version") == currentSchemaVersion() + 1);
    }
    SECTION("an older build refuses a newer case") {
        REQUIRE(migrate(*database, extended));
        auto refused = migrate(*database, base);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NewerVersion);
    }
}

TEST_CASE("schema 2 keeps every assertion of a version 1 case and still checks their kind",
          "[store][schema]") {
    Scratch scratch;
    auto database = Database::open(scratch.path(QStringLiteral("v1.tlcase")),
                                   Database::Access::ReadWriteCreate);
    REQUIRE(database);
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
    REQUIRE((*database)->execute(setId.constData()));
    REQUIRE(migrate(**database, migrations().first(1)));
    REQUIRE((*database)->execute(
        "INSERT INTO assertions (subject_kind, subject_id, analyst, reason, created_at) "
        "VALUES ('entity', 7, 'ana', 'seen in person', '2026-01-01T00:00:00Z')"));

    REQUIRE(migrate(**database, migrations()));
    CHECK(pragma(**database, "PRAGMA user_version") == currentSchemaVersion());
    CHECK(pragmaText(**database, "SELECT analyst || ':' || subject_id FROM assertions") ==
          QStringLiteral("ana:7"));
    CHECK(pragma(**database, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                             "('assertions_subject', 'assertions_source')") == 2);
    CHECK_FALSE((*database)->execute(
        "INSERT INTO assertions (subject_kind, subject_id, analyst, created_at) "
        "VALUES ('rumour', 1, 'ana', '2026-01-01T00:00:00Z')"));
}

TEST_CASE("opening what is not a case fails with a clear error", "[store][schema]") {
    Scratch scratch;
    SECTION("missing file") {
        auto opened = CaseStore::open(scratch.path(QStringLiteral("absent.tlcase")));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::NotFound);
    }
    SECTION("a text file") {
        auto opened =
            CaseStore::open(scratch.write(QStringLiteral("text.tlcase"), QByteArray(8192, 'x')));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::NotACase);
    }
    SECTION("another program's SQLite database") {
        const QString path = scratch.path(QStringLiteral("other.db"));
        REQUIRE(
            threadline::testing::runSqlite(path, QStringLiteral("CREATE TABLE t (x);")).exitCode ==
            0);
        auto opened = CaseStore::open(path);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::NotACase);
    }
    SECTION("a case from a newer Threadline") {
        const QString path = scratch.path(QStringLiteral("newer.tlcase"));
        REQUIRE(CaseStore::create(path));
        REQUIRE(threadline::testing::runSqlite(path, QStringLiteral("PRAGMA user_version = 999;"))
                    .exitCode == 0);
        auto opened = CaseStore::open(path, CaseStore::Access::ReadOnly);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::NewerVersion);
        CHECK(opened.error().message.contains(QStringLiteral("999")));
    }
}

TEST_CASE("a case opened read-only refuses writes", "[store][schema]") {
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("ro.tlcase"));
    REQUIRE(CaseStore::create(path));
    auto store = CaseStore::open(path, CaseStore::Access::ReadOnly);
    REQUIRE(store);
    CHECK(store->isReadOnly());
    auto added = store->addSource(scratch.write(QStringLiteral("a.txt"), "a"));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::ReadOnly);
}
