// CaseStore: read-only questions about what a case holds.
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Schema.h"

namespace threadline::store {

namespace {

Result<std::map<QString, std::int64_t>> countByType(Database& database, const char* sql) {
    auto select = database.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    auto rows = collectRows(*select, [](const Statement& row) {
        return std::pair{row.text(0), row.integer(1)};
    });
    if (!rows)
        return std::unexpected(rows.error());
    return std::map<QString, std::int64_t>(rows->begin(), rows->end());
}

Result<std::int64_t> count(Database& database, const char* sql) {
    auto value = database.queryInteger(sql);
    if (!value)
        return std::unexpected(value.error());
    return value->value_or(0);
}

} // namespace

void CaseStore::waitForCheckpoints() const {
    m_database->waitForCheckpoints();
}

Result<CaseSummary> CaseStore::summary() const {
    Database& db = *m_database;
    CaseSummary summary;
    auto version = db.queryInteger("PRAGMA user_version");
    if (!version)
        return std::unexpected(version.error());
    summary.schemaVersion = int(version->value_or(0));
    for (auto [target, sql] : {std::pair{&summary.sources, "SELECT count(*) FROM sources"},
                               {&summary.sourceBytes, "SELECT total(size) FROM sources"},
                               {&summary.documents, "SELECT count(*) FROM documents"},
                               {&summary.events, "SELECT count(*) FROM events"},
                               {&summary.auditEntries, "SELECT count(*) FROM audit"}}) {
        auto value = count(db, sql);
        if (!value)
            return std::unexpected(value.error());
        *target = *value;
    }
    auto entities = countByType(db, "SELECT type, count(*) FROM entities "
                                    "WHERE merged_into IS NULL GROUP BY type");
    auto links = countByType(db, "SELECT type, count(*) FROM links GROUP BY type");
    if (!entities || !links)
        return std::unexpected(entities ? links.error() : entities.error());
    summary.entitiesByType = std::move(*entities);
    summary.linksByType = std::move(*links);
    return summary;
}

} // namespace threadline::store
