// FactStore: what a case holds, a page at a time, and full-text search over its documents.
#include "store/Database.h"
#include "store/FactStore.h"

namespace threadline::store {

namespace {

// Runs a listing whose parameters `bind` sets, one row per result.
template <typename Bind, typename MakeRow>
auto listPage(Database& database, const char* sql, Bind bind, MakeRow makeRow)
    -> Result<std::vector<decltype(makeRow(std::declval<const Statement&>()))>> {
    auto select = database.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    bind(*select);
    return collectRows(*select, makeRow);
}

// The type filter (?1, NULL for every type), the id to start after (?2) and the page size (?3).
auto byId(const Page& page) {
    return [page](Statement& select) {
        select.bind(1, page.type.isEmpty() ? QString() : page.type)
            .bind(2, page.after)
            .bind(3, page.limit);
    };
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

Result<std::vector<SearchHit>> FactStore::search(const QString& query, int limit) const {
    if (query.trimmed().isEmpty())
        return std::vector<SearchHit>();
    auto hits = runSearch(m_database, query, limit);
    if (!hits &&
        hits.error().code == ErrorCode::Database) // not valid FTS5 syntax: search the words
        hits = runSearch(m_database, quotedWords(query), limit);
    return hits;
}

Result<std::vector<Entity>> FactStore::entities(const Page& page) const {
    return listPage(m_database,
                    "SELECT id, type, label, properties, flags FROM entities "
                    "WHERE merged_into IS NULL AND (?1 IS NULL OR type = ?1) AND id > ?2 "
                    "ORDER BY id LIMIT ?3",
                    byId(page), [](const Statement& row) {
                        return Entity{EntityId{row.integer(0)}, row.text(1), row.text(2),
                                      row.text(3), int(row.integer(4))};
                    });
}

Result<std::vector<Link>> FactStore::links(const Page& page) const {
    return listPage(m_database,
                    "SELECT id, type, from_id, to_id, directed, weight FROM links "
                    "WHERE (?1 IS NULL OR type = ?1) AND id > ?2 ORDER BY id LIMIT ?3",
                    byId(page), [](const Statement& row) {
                        return Link{LinkId{row.integer(0)},   row.text(1),
                                    EntityId{row.integer(2)}, EntityId{row.integer(3)},
                                    row.integer(4) != 0,      row.real(5)};
                    });
}

Result<std::vector<Event>> FactStore::events(const Page& page, const QString& afterTime) const {
    // In time order: the keyset is (occurred_at, id), so a page starts after the last one's.
    return listPage(
        m_database,
        "SELECT id, type, occurred_at, summary FROM events WHERE (?1 IS NULL OR type = ?1) "
        "AND (occurred_at > ?4 OR (occurred_at = ?4 AND id > ?2)) "
        "ORDER BY occurred_at, id LIMIT ?3",
        [&](Statement& select) {
            byId(page)(select);
            select.bind(4, afterTime.isNull() ? QStringLiteral("") : afterTime);
        },
        [](const Statement& row) {
            return Event{EventId{row.integer(0)}, row.text(1), row.text(2), row.text(3)};
        });
}

} // namespace threadline::store
