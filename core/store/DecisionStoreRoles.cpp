// DecisionStore: roles analysts and trainees give entities (victim, controller, key player ...).
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DecisionStore.h"
#include "store/DerivedLinkWriter.h"
#include "util/Environment.h"

#include <QJsonObject>

#include <functional>

namespace threadline::store {

namespace {

// The entity a mark or a drawn link lands on: the survivor of any merges, with its type and
// label.
Result<RoleMark> markTarget(Database& database, EntityId entity, const QString& role) {
    auto select = database.prepare("SELECT type, label, merged_into FROM entities WHERE id = ?");
    if (!select)
        return std::unexpected(select.error());
    RoleMark mark{entity, {}, {}, role, currentOsUser(), utcNowIso(), {}};
    for (int hops = 0; hops < 64; ++hops) {
        select->bind(1, mark.entity.value);
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound,
                        QStringLiteral("no entity #%1 in this case").arg(mark.entity.value));
        if (select->isNull(2)) {
            mark.entityType = select->text(0);
            mark.entityLabel = select->text(1);
            return mark;
        }
        mark.entity = EntityId{select->integer(2)};
        select->reset();
    }
    return fail(ErrorCode::Corrupt,
                QStringLiteral("entity #%1 is merged in a loop").arg(entity.value));
}

// The two ends of a drawn link: the survivors of any merges.
Result<std::pair<RoleMark, RoleMark>> linkEnds(Database& database, EntityId from, EntityId to) {
    auto first = markTarget(database, from, {});
    if (!first)
        return std::unexpected(first.error());
    auto second = markTarget(database, to, {});
    if (!second)
        return std::unexpected(second.error());
    return std::pair{*first, *second};
}

Result<RoleMark> checkedMarkTarget(Database& database, EntityId entity, const QString& role) {
    if (!knownRoles().contains(role))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("unknown role '%1'; roles are: %2")
                        .arg(role, knownRoles().join(QStringLiteral(", "))));
    return markTarget(database, entity, role);
}

Result<void> audit(Database& database, const char* action, const RoleMark& mark) {
    auto logged = AuditLog(database).append(
        QLatin1String(action), QJsonObject{{QStringLiteral("entity"), qint64(mark.entity.value)},
                                           {QStringLiteral("label"), mark.entityLabel},
                                           {QStringLiteral("role"), mark.role},
                                           {QStringLiteral("reason"), mark.reason}});
    if (!logged)
        return std::unexpected(logged.error());
    return {};
}

// Marks or unmarks in one transaction: runs `sql` with the entity and role bound first (and
// whatever `bindMore` adds), checks that a row changed, and audits the change.
Result<RoleMark> changeRole(Database& database, EntityId entity, const QString& role,
                            const QString& reason, const char* sql, const char* action,
                            const std::function<void(Statement&, const RoleMark&)>& bindMore = {}) {
    auto mark = checkedMarkTarget(database, entity, role);
    if (!mark)
        return mark;
    mark->reason = reason.isNull() ? QStringLiteral("") : reason; // null would bind NULL
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, mark->entity.value).bind(2, mark->role);
    if (bindMore)
        bindMore(*statement, *mark);
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    if (database.changes() == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("#%1 %2 is not marked %3")
                                             .arg(mark->entity.value)
                                             .arg(mark->entityLabel, mark->role));
    if (auto logged = audit(database, action, *mark); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return mark;
}

} // namespace

Result<RoleMark> DecisionStore::markRole(EntityId entity, const QString& role,
                                         const QString& reason) {
    return changeRole(
        m_database, entity, role, reason,
        "INSERT INTO entity_roles (entity_id, role, analyst, marked_at, reason) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id, role) DO UPDATE SET "
        "analyst = excluded.analyst, marked_at = excluded.marked_at, reason = excluded.reason",
        "entity.role-marked", [](Statement& upsert, const RoleMark& mark) {
            upsert.bind(3, mark.analyst).bind(4, mark.at).bind(5, mark.reason);
        });
}

Result<RoleMark> DecisionStore::unmarkRole(EntityId entity, const QString& role,
                                           const QString& reason) {
    return changeRole(m_database, entity, role, reason,
                      "DELETE FROM entity_roles WHERE entity_id = ? AND role = ?",
                      "entity.role-unmarked");
}

Result<std::vector<RoleMark>> DecisionStore::roleMarks(EntityId entity) const {
    auto select = m_database.prepare(
        "SELECT r.entity_id, e.type, e.label, r.role, r.analyst, r.marked_at, r.reason "
        "FROM entity_roles r JOIN entities e ON e.id = r.entity_id "
        "WHERE ?1 = 0 OR r.entity_id = ?1 ORDER BY r.entity_id, r.role");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, entity.value);
    return collectRows(*select, [](const Statement& row) {
        return RoleMark{EntityId{row.integer(0)},
                        row.text(1),
                        row.text(2),
                        row.text(3),
                        row.text(4),
                        row.text(5),
                        row.text(6)};
    });
}

Result<int> DecisionStore::drawLink(EntityId from, EntityId to, const QString& type,
                                    const QString& reason) {
    auto ends = linkEnds(m_database, from, to);
    if (!ends)
        return std::unexpected(ends.error());
    const auto& [first, second] = *ends;
    if (first.entity == second.entity)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("#%1 and #%2 are one entity; a link needs two")
                        .arg(from.value)
                        .arg(to.value));
    return recordDerivedLinks(
        m_database, QStringLiteral("analyst"),
        {DerivedLink{type, first.entity, second.entity, 1, QStringLiteral("{}"), reason}});
}

Result<int> DecisionStore::retractDrawnLink(EntityId from, EntityId to, const QString& type,
                                            const QString& reason) {
    auto ends = linkEnds(m_database, from, to);
    if (!ends)
        return std::unexpected(ends.error());
    const auto& [first, second] = *ends;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Only a link no source backs: drawn by an analyst, in either direction.
    auto select = m_database.prepare(
        "SELECT l.id FROM links l WHERE l.type = ? AND ((l.from_id = ? AND l.to_id = ?) OR "
        "(l.from_id = ? AND l.to_id = ?)) AND EXISTS (SELECT 1 FROM assertions a WHERE "
        "a.subject_kind = 'link' AND a.subject_id = l.id AND a.extractor = 'analyst') AND NOT "
        "EXISTS (SELECT 1 FROM assertions a WHERE a.subject_kind = 'link' AND a.subject_id = l.id "
        "AND a.source_id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.link_id = "
        "l.id)");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, type).bind(2, first.entity.value).bind(3, second.entity.value);
    select->bind(4, second.entity.value).bind(5, first.entity.value);
    auto ids = collectRows(*select, [](const Statement& row) { return row.integer(0); });
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->empty())
        return 0;
    auto forget =
        m_database.prepare("DELETE FROM assertions WHERE subject_kind = 'link' AND subject_id = ?");
    auto remove = m_database.prepare("DELETE FROM links WHERE id = ?");
    if (!forget || !remove)
        return std::unexpected(forget ? remove.error() : forget.error());
    for (std::int64_t id : *ids) {
        if (auto ran = forget->bind(1, id).run(); !ran)
            return std::unexpected(ran.error());
        if (auto ran = remove->bind(1, id).run(); !ran)
            return std::unexpected(ran.error());
        forget->reset();
        remove->reset();
    }
    auto logged = AuditLog(m_database)
                      .append(QStringLiteral("link.retracted"),
                              QJsonObject{{QStringLiteral("type"), type},
                                          {QStringLiteral("from"), qint64(first.entity.value)},
                                          {QStringLiteral("to"), qint64(second.entity.value)},
                                          {QStringLiteral("reason"), reason}});
    if (!logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return int(ids->size());
}

} // namespace threadline::store
