#include "store/Schema.h"

#include "store/SchemaV1.h"
#include "store/SchemaV2.h"
#include "store/SchemaV3.h"
#include "store/SchemaV4.h"
#include "store/SchemaV5.h"
#include "store/SchemaV6.h"

#include <QString>

namespace threadline::store {

namespace {

constexpr Migration kMigrations[] = {
    {1, "initial case schema", kSchemaV1},
    {2, "assertion kinds checked without a temporary table", kSchemaV2},
    {3, "roles marked on entities", kSchemaV3},
    {4, "chart items hidden and grouped; chart groups", kSchemaV4},
    {5, "indexes for the tables' sort orders", kSchemaV5},
    {6, "protected identities", kSchemaV6},
};

Result<int> readInteger(Database& database, const char* pragma) {
    auto value = database.queryInteger(pragma);
    if (!value)
        return std::unexpected(value.error());
    return int(value->value_or(0));
}

Result<void> applyMigration(Database& database, const Migration& migration) {
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto applied = database.execute(migration.sql); !applied) {
        Error error = applied.error();
        error.message = QStringLiteral("schema migration %1 (%2) failed: %3")
                            .arg(migration.version)
                            .arg(QString::fromUtf8(migration.description), error.message);
        return std::unexpected(error);
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(migration.version);
    if (auto set = database.execute(setVersion.constData()); !set)
        return set;
    return transaction->commit();
}

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int currentSchemaVersion() {
    return migrations().back().version;
}

Result<int> checkCaseHeader(Database& database, std::span<const Migration> steps) {
    auto applicationId = readInteger(database, "PRAGMA application_id");
    if (!applicationId)
        return applicationId;
    auto version = readInteger(database, "PRAGMA user_version");
    if (!version)
        return version;
    if (*applicationId != kApplicationId)
        return fail(ErrorCode::NotACase,
                    QStringLiteral("not a Threadline case (an SQLite database of another program)"),
                    database.path());
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (*version > newest)
        return fail(ErrorCode::NewerVersion,
                    QStringLiteral("this case was written by a newer Threadline (case schema %1, "
                                   "this program understands up to %2); update Threadline")
                        .arg(*version)
                        .arg(newest),
                    database.path());
    return *version;
}

Result<void> migrate(Database& database, std::span<const Migration> steps) {
    auto version = checkCaseHeader(database, steps);
    if (!version)
        return std::unexpected(version.error());
    for (const Migration& migration : steps) {
        if (migration.version <= *version)
            continue;
        if (auto applied = applyMigration(database, migration); !applied)
            return applied;
    }
    return {};
}

} // namespace threadline::store
