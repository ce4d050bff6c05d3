#pragma once

#include "store/Database.h"

#include <span>

namespace threadline::store {

// "TLCS" in the SQLite header marks a file as a Threadline case.
inline constexpr int kApplicationId = 0x544C4353;

// One forward step of the schema. Migration N turns a version N-1 case into version N.
struct Migration {
    int version;
    const char* description;
    const char* sql;
};

// The migrations this build knows, in order; the last one's version is the current schema.
std::span<const Migration> migrations();
int currentSchemaVersion();

// Brings the database up to the last of `steps`, each migration in its own transaction, so a
// failure leaves the case at the last version that fully applied. Refuses a case whose version
// is newer than this build understands.
Result<void> migrate(Database& database, std::span<const Migration> steps = migrations());

// Checks application_id and user_version without changing anything.
Result<int> checkCaseHeader(Database& database, std::span<const Migration> steps = migrations());

} // namespace threadline::store
