// FactStore: one item as the inspector shows it, the documents evidence points at, and the
// entities a search names.
#include "store/Database.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"
#include "store/TableStore.h"

#include <QRegularExpression>
#include <QSet>

namespace threadline::store {

namespace {

template <typename Row> Result<Row> onlyRow(Result<std::vector<Row>> rows, const QString& missing) {
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound, missing);
    return std::move(rows->front());
}

Result<Statement> prepareFor(Database& database, const char* sql, std::int64_t id) {
    auto select = database.prepare(sql);
    if (select)
        select->bind(1, id);
    return select;
}

Result<std::vector<IdentifierValue>> identifiersOf(Database& database, EntityId entity) {
    auto select = prepareFor(database,
                             "SELECT i.kind, i.value FROM identifiers i JOIN entities e ON "
                             "e.id = i.entity_id WHERE e.id = ?1 OR e.merged_into = ?1 "
                             "ORDER BY i.kind, i.value",
                             entity.value);
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) {
        return IdentifierValue{row.text(0), row.text(1)};
    });
}

// A document read as id, source_id, kind, title, text, locator, occurred_at.
StoredDocument storedDocumentRow(const Statement& row) {
    return StoredDocument{DocumentId{row.integer(0)},
                          SourceId{row.integer(1)},
                          row.text(2),
                          row.text(3),
                          row.text(4),
                          row.text(5),
                          row.text(6)};
}

// The upper bound of the labels that start with `prefix`, case folded: "ab" -> "ab\U0010FFFF".
QString pastPrefix(const QString& prefix) {
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

} // namespace

Result<Entity> FactStore::entity(EntityId entity) const {
    auto select = prepareFor(
        m_database, "SELECT id, type, label, properties, flags FROM entities WHERE id = ?1",
        entity.value);
    if (!select)
        return std::unexpected(select.error());
    return onlyRow(collectRows(*select,
                               [](const Statement& row) {
                                   return Entity{EntityId{row.integer(0)}, row.text(1), row.text(2),
                                                 row.text(3), int(row.integer(4))};
                               }),
                   QStringLiteral("no entity #%1 in this case").arg(entity.value));
}

Result<EntityProfile> FactStore::entityProfile(EntityId entity) const {
    auto found = this->entity(entity);
    if (!found)
        return std::unexpected(found.error());
    EntityProfile profile{*found, {}, {}, {}};
    auto identifiers = identifiersOf(m_database, entity);
    auto roles = DecisionStore(m_database).roleMarks(entity);
    auto merges = DecisionStore(m_database).mergeHistory(entity);
    if (!identifiers || !roles || !merges)
        return std::unexpected(!identifiers ? identifiers.error()
                               : !roles     ? roles.error()
                                            : merges.error());
    profile.identifiers = std::move(*identifiers);
    profile.roles = std::move(*roles);
    profile.merges = std::move(*merges);
    return profile;
}

Result<LinkProfile> FactStore::linkProfile(LinkId link) const {
    auto select = prepareFor(
        m_database,
        "SELECT l.id, l.type, l.from_id, l.to_id, l.directed, l.weight, a.label, b.label, "
        "l.properties FROM links l JOIN entities a ON a.id = l.from_id "
        "JOIN entities b ON b.id = l.to_id WHERE l.id = ?1",
        link.value);
    if (!select)
        return std::unexpected(select.error());
    auto profile = onlyRow(
        collectRows(*select,
                    [](const Statement& row) {
                        return LinkProfile{Link{LinkId{row.integer(0)}, row.text(1),
                                                EntityId{row.integer(2)}, EntityId{row.integer(3)},
                                                row.integer(4) != 0, row.real(5)},
                                           row.text(6),
                                           row.text(7),
                                           row.text(8),
                                           {}};
                    }),
        QStringLiteral("no link #%1 in this case").arg(link.value));
    if (!profile)
        return profile;
    auto events = prepareFor(m_database,
                             "SELECT id, type, occurred_at, summary FROM events "
                             "WHERE link_id = ?1 ORDER BY occurred_at, id",
                             link.value);
    if (!events)
        return std::unexpected(events.error());
    auto rows = collectRows(*events, [](const Statement& row) {
        return Event{EventId{row.integer(0)}, row.text(1), row.text(2), row.text(3)};
    });
    if (!rows)
        return std::unexpected(rows.error());
    profile->events = std::move(*rows);
    return profile;
}

Result<EventProfile> FactStore::eventProfile(EventId event) const {
    auto select =
        prepareFor(m_database, "SELECT properties, coalesce(link_id, 0) FROM events WHERE id = ?1",
                   event.value);
    if (!select)
        return std::unexpected(select.error());
    auto found =
        onlyRow(collectRows(*select,
                            [](const Statement& row) {
                                return EventProfile{{}, row.text(0), LinkId{row.integer(1)}};
                            }),
                QStringLiteral("no event #%1 in this case").arg(event.value));
    if (!found)
        return found;
    auto row = TableStore(m_database).event(event); // as the events table shows it
    if (!row)
        return std::unexpected(row.error());
    found->event = std::move(*row);
    return found;
}

Result<StoredDocument> FactStore::document(DocumentId document) const {
    auto select = prepareFor(m_database,
                             "SELECT id, source_id, kind, coalesce(title, ''), text, locator, "
                             "coalesce(occurred_at, '') FROM documents WHERE id = ?1",
                             document.value);
    if (!select)
        return std::unexpected(select.error());
    return onlyRow(collectRows(*select, storedDocumentRow),
                   QStringLiteral("no document #%1 in this case").arg(document.value));
}

Result<std::vector<SourceId>> FactStore::sourcesFoundIn(SourceId parent, const QString& prefix,
                                                        int limit) const {
    auto select = m_database.prepare("SELECT id FROM sources WHERE parent_id = ?1 AND "
                                     "substr(name, 1, length(?2)) = ?2 ORDER BY id LIMIT ?3");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, parent.value).bind(2, prefix).bind(3, limit);
    return collectRows(*select, [](const Statement& row) { return SourceId{row.integer(0)}; });
}

Result<std::vector<StoredDocument>> FactStore::chatThread(DocumentId message, int limit) const {
    auto select = m_database.prepare(
        "SELECT d.id, d.source_id, d.kind, coalesce(d.title, ''), d.text, d.locator, "
        "coalesce(d.occurred_at, '') FROM documents m JOIN documents d ON d.source_id = "
        "m.source_id AND d.kind = m.kind AND (d.id = m.id OR "
        "json_extract(d.locator, '$.chat') = json_extract(m.locator, '$.chat')) "
        "WHERE m.id = ?1 ORDER BY coalesce(d.occurred_at, ''), d.id LIMIT ?2");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, message.value).bind(2, limit);
    return collectRows(*select, storedDocumentRow);
}

Result<std::vector<EntityId>> FactStore::entitiesInDocument(DocumentId document) const {
    auto select = prepareFor(
        m_database,
        "SELECT DISTINCT coalesce(e.merged_into, e.id) FROM assertions a JOIN entities e ON "
        "e.id = CASE a.subject_kind WHEN 'entity' THEN a.subject_id "
        "ELSE (SELECT entity_id FROM identifiers WHERE id = a.subject_id) END "
        "WHERE a.document_id = ?1 AND a.subject_kind IN ('entity', 'identifier') ORDER BY 1",
        document.value);
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) { return EntityId{row.integer(0)}; });
}

Result<std::vector<Entity>> FactStore::entitiesMatching(const QString& text, int limit) const {
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return std::vector<Entity>();
    std::vector<std::int64_t> ids;
    QSet<std::int64_t> seen;
    auto keep = [&](std::int64_t id) {
        if (int(ids.size()) < limit && !seen.contains(id)) {
            seen.insert(id);
            ids.push_back(id);
        }
    };
    auto named = entitiesNamed(typed); // exact: a label, an identifier, a phone in any form
    if (!named)
        return std::unexpected(named.error());
    for (EntityId entity : *named)
        keep(entity.value);
    // Then labels that start with what was typed, and phones holding its digits.
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    auto select = m_database.prepare(
        "SELECT id FROM (SELECT coalesce(merged_into, id) AS id FROM entities "
        " WHERE label COLLATE NOCASE >= ?1 AND label COLLATE NOCASE < ?2 LIMIT ?4) "
        "UNION ALL SELECT * FROM (SELECT coalesce(e.merged_into, e.id) FROM identifiers i "
        " JOIN entities e ON e.id = i.entity_id "
        " WHERE ?3 IS NOT NULL AND i.kind = 'phone' AND i.value LIKE '%' || ?3 || '%' LIMIT ?4)");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, typed).bind(2, pastPrefix(typed)).bind(4, limit);
    select->bind(3, digits.size() >= 3 ? digits : QString());
    auto more = collectRows(*select, [](const Statement& row) { return row.integer(0); });
    if (!more)
        return std::unexpected(more.error());
    for (std::int64_t id : *more)
        keep(id);
    std::vector<Entity> entities;
    for (std::int64_t id : ids) {
        auto found = entity(EntityId{id});
        if (!found)
            return std::unexpected(found.error());
        entities.push_back(*found);
    }
    return entities;
}

} // namespace threadline::store
