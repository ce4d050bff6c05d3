// FactStore: the provenance of facts, for "show evidence".
#include "store/Database.h"
#include "store/FactStore.h"

namespace threadline::store {

namespace {

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
    return evidence;
}

} // namespace

Result<std::vector<Evidence>> FactStore::evidence(EntityId entity, int limit) const {
    auto select = m_database.prepare(
        "SELECT a.id, a.subject_kind, a.source_id, s.name, s.sha256, a.locator, a.quote, "
        "a.extractor, a.extractor_version, a.analyst, a.reason, a.confidence, a.created_at "
        "FROM assertions a LEFT JOIN sources s ON s.id = a.source_id "
        "WHERE (a.subject_kind = 'entity' AND a.subject_id IN "
        "       (SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1)) "
        "   OR (a.subject_kind = 'identifier' AND a.subject_id IN "
        "       (SELECT i.id FROM identifiers i JOIN entities e ON e.id = i.entity_id "
        "        WHERE e.id = ?1 OR e.merged_into = ?1)) "
        "ORDER BY a.id LIMIT ?2");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, entity.value).bind(2, limit);
    auto rows = collectRows(*select, evidenceRow);
    if (rows && rows->empty()) { // none, or no such entity: say which
        auto exists = m_database.prepare("SELECT count(*) FROM entities WHERE id = ?");
        if (!exists)
            return std::unexpected(exists.error());
        exists->bind(1, entity.value);
        auto found = collectRows(*exists, [](const Statement& row) { return row.integer(0); });
        if (!found)
            return std::unexpected(found.error());
        if (found->front() == 0)
            return fail(ErrorCode::NotFound,
                        QStringLiteral("no entity #%1 in this case").arg(entity.value));
    }
    return rows;
}

} // namespace threadline::store
