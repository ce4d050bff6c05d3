// FactStore: the provenance of facts, for "show evidence" and the inspector.
#include "store/Database.h"
#include "store/FactStore.h"

#include <QHash>

namespace threadline::store {

namespace {

constexpr const char* kEvidenceColumns =
    "SELECT a.id, a.subject_kind, a.source_id, s.name, s.sha256, a.locator, a.quote, "
    "a.extractor, a.extractor_version, a.analyst, a.reason, a.confidence, a.created_at, "
    "a.document_id, CASE a.subject_kind "
    " WHEN 'entity' THEN (SELECT label FROM entities WHERE id = a.subject_id) "
    " WHEN 'identifier' THEN (SELECT value FROM identifiers WHERE id = a.subject_id) END "
    "FROM assertions a LEFT JOIN sources s ON s.id = a.source_id WHERE ";

// Assertions of the entity ?1, of the entities merged into it and of their identifiers.
constexpr const char* kOfEntity =
    "(a.subject_kind = 'entity' AND a.subject_id IN "
    " (SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1)) "
    "OR (a.subject_kind = 'identifier' AND a.subject_id IN "
    " (SELECT i.id FROM identifiers i JOIN entities e ON e.id = i.entity_id "
    "  WHERE e.id = ?1 OR e.merged_into = ?1)) ";
// Assertions of the link ?1 and of its events (a call, a payment).
constexpr const char* kOfLink =
    "(a.subject_kind = 'link' AND a.subject_id = ?1) "
    "OR (a.subject_kind = 'event' AND a.subject_id IN (SELECT id FROM events WHERE link_id = ?1)) ";
constexpr const char* kOfEvent = "(a.subject_kind = 'event' AND a.subject_id = ?1) ";

Evidence evidenceRow(const Statement& row) {
    Evidence evidence;
    evidence.assertion = row.integer(0);
    evidence.subject = row.text(1);
    if (!row.isNull(2))
        evidence.source = SourceId{row.integer(2)};
    evidence.sourceName = row.text(3);
    evidence.sha256 = row.text(4);
    evidence.locatorJson = row.text(5);
    evidence.quote = row.text(6);
    // An analyst's name wins: an analysis they ran names itself as the extractor too.
    evidence.assertedBy = !row.isNull(9)
                              ? row.text(9)
                              : QStringLiteral("%1 %2").arg(row.text(7), row.text(8)).trimmed();
    evidence.reason = row.text(10);
    evidence.confidence = row.real(11);
    evidence.at = row.text(12);
    if (!row.isNull(13))
        evidence.document = DocumentId{row.integer(13)};
    evidence.subjectText = row.text(14);
    return evidence;
}

Result<QStringList> sourceContainers(Database& database, SourceId source) {
    auto select =
        database.prepare("WITH RECURSIVE chain(id, parent, name, depth) AS ("
                         " SELECT id, parent_id, name, 0 FROM sources WHERE id = ?1"
                         " UNION ALL SELECT s.id, s.parent_id, s.name, c.depth + 1 FROM sources s"
                         " JOIN chain c ON s.id = c.parent WHERE c.depth < 64) "
                         "SELECT name FROM chain WHERE depth > 0 ORDER BY depth");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, source.value);
    auto names = collectRows(*select, [](const Statement& row) { return row.text(0); });
    if (!names)
        return std::unexpected(names.error());
    return QStringList(names->begin(), names->end());
}

Result<void> addContainers(Database& database, std::vector<Evidence>& rows) {
    QHash<std::int64_t, QStringList> known;
    for (Evidence& evidence : rows) {
        if (!evidence.source.isValid())
            continue;
        auto found = known.find(evidence.source.value);
        if (found == known.end()) {
            auto chain = sourceContainers(database, evidence.source);
            if (!chain)
                return std::unexpected(chain.error());
            found = known.insert(evidence.source.value, *chain);
        }
        evidence.foundIn = *found;
    }
    return {};
}

Result<std::vector<Evidence>> evidenceWhere(Database& database, const char* condition,
                                            std::int64_t subject, int limit) {
    const QByteArray sql =
        QByteArray(kEvidenceColumns) + '(' + condition + ") ORDER BY a.id LIMIT ?2";
    auto select = database.prepare(sql.constData());
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject).bind(2, limit);
    auto rows = collectRows(*select, evidenceRow);
    if (!rows)
        return rows;
    if (auto added = addContainers(database, *rows); !added)
        return std::unexpected(added.error());
    return rows;
}

// None found: say so when the item itself does not exist.
Result<void> checkExists(Database& database, const char* table, const QString& what,
                         std::int64_t id) {
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table + " WHERE id = ?";
    auto exists = database.prepare(sql.constData());
    if (!exists)
        return std::unexpected(exists.error());
    exists->bind(1, id);
    auto found = collectRows(*exists, [](const Statement& row) { return row.integer(0); });
    if (!found)
        return std::unexpected(found.error());
    if (found->front() == 0)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no %1 #%2 in this case").arg(what).arg(id));
    return {};
}

Result<std::vector<Evidence>> evidenceOf(Database& database, const char* condition,
                                         const char* table, const QString& what, std::int64_t id,
                                         int limit) {
    auto rows = evidenceWhere(database, condition, id, limit);
    if (rows && rows->empty())
        if (auto exists = checkExists(database, table, what, id); !exists)
            return std::unexpected(exists.error());
    return rows;
}

} // namespace

Result<QStringList> FactStore::containersOf(SourceId source) const {
    return sourceContainers(m_database, source);
}

Result<std::vector<Evidence>> FactStore::evidence(EntityId entity, int limit) const {
    return evidenceOf(m_database, kOfEntity, "entities", QStringLiteral("entity"), entity.value,
                      limit);
}

Result<std::vector<Evidence>> FactStore::evidence(LinkId link, int limit) const {
    return evidenceOf(m_database, kOfLink, "links", QStringLiteral("link"), link.value, limit);
}

Result<std::vector<Evidence>> FactStore::evidence(EventId event, int limit) const {
    return evidenceOf(m_database, kOfEvent, "events", QStringLiteral("event"), event.value, limit);
}

} // namespace threadline::store
