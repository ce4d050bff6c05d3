// CaseStore: read-only questions about what a case holds.
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/SearchText.h"

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

// Runs `sql` with an optional type filter bound to ?1 (NULL means every type).
template <typename MakeRow>
auto listOfType(Database& database, const char* sql, const QString& type, MakeRow makeRow)
    -> Result<std::vector<decltype(makeRow(std::declval<const Statement&>()))>> {
    auto select = database.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, type.isEmpty() ? QString() : type);
    return collectRows(*select, makeRow);
}

// Plain words, each quoted, so characters FTS5 treats as syntax ("-", ":", "@") match literally.
QString quotedWords(const QString& query) {
    QStringList words;
    for (QString word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"');
    return words.join(QLatin1Char(' '));
}

Result<std::vector<SearchHit>> runSearch(Database& database, const QString& match, int limit) {
    auto select = database.prepare(
        "SELECT d.id, d.source_id, s.name, d.kind, d.title, d.locator, "
        "snippet(documents_fts, 1, '[', ']', '…', 12) FROM documents_fts "
        "JOIN documents d ON d.id = documents_fts.rowid JOIN sources s ON s.id = d.source_id "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, match).bind(2, limit);
    return collectRows(*select, [](const Statement& row) {
        return SearchHit{DocumentId{row.integer(0)},
                         SourceId{row.integer(1)},
                         row.text(2),
                         row.text(3),
                         row.text(4),
                         row.text(5),
                         row.text(6)};
    });
}

} // namespace

Result<std::vector<SearchHit>> CaseStore::search(const QString& query, int limit) const {
    if (query.trimmed().isEmpty())
        return std::vector<SearchHit>();
    auto hits = runSearch(*m_database, query, limit);
    if (!hits &&
        hits.error().code == ErrorCode::Database) // not valid FTS5 syntax: search the words
        hits = runSearch(*m_database, quotedWords(query), limit);
    return hits;
}

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

Result<std::vector<Entity>> CaseStore::entities(const QString& type) const {
    return listOfType(*m_database,
                      "SELECT id, type, label, properties, flags FROM entities "
                      "WHERE merged_into IS NULL AND (?1 IS NULL OR type = ?1) ORDER BY id",
                      type, [](const Statement& row) {
                          return Entity{EntityId{row.integer(0)}, row.text(1), row.text(2),
                                        row.text(3), int(row.integer(4))};
                      });
}

Result<std::vector<Link>> CaseStore::links(const QString& type) const {
    return listOfType(*m_database,
                      "SELECT id, type, from_id, to_id, directed, weight FROM links "
                      "WHERE ?1 IS NULL OR type = ?1 ORDER BY id",
                      type, [](const Statement& row) {
                          return Link{LinkId{row.integer(0)},   row.text(1),
                                      EntityId{row.integer(2)}, EntityId{row.integer(3)},
                                      row.integer(4) != 0,      row.real(5)};
                      });
}

Result<std::vector<Event>> CaseStore::events(const QString& type) const {
    return listOfType(
        *m_database,
        "SELECT id, type, occurred_at, summary FROM events "
        "WHERE ?1 IS NULL OR type = ?1 ORDER BY occurred_at, id",
        type, [](const Statement& row) {
            return Event{EventId{row.integer(0)}, row.text(1), row.text(2), row.text(3)};
        });
}

} // namespace threadline::store
