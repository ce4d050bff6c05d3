// DecisionStore: the merge/split ledger, where analysts decide which entities are the same.
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DecisionStore.h"
#include "util/Environment.h"

namespace threadline::store {

namespace {

struct EntityState {
    QString type;
    QString label;
    std::int64_t mergedInto = 0;
};

Result<EntityState> entityState(Database& database, EntityId id) {
    auto select =
        database.prepare("SELECT type, label, coalesce(merged_into, 0) FROM entities WHERE id = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, id.value);
    auto rows = collectRows(*select, [](const Statement& row) {
        return EntityState{row.text(0), row.text(1), row.integer(2)};
    });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no entity #%1 in this case").arg(id.value));
    return rows->front();
}

MergeDecision decisionFromRow(const Statement& row) {
    return {row.integer(0),
            row.text(1),
            EntityId{row.integer(2)},
            EntityId{row.integer(3)},
            row.text(4),
            row.text(5),
            row.text(6),
            row.integer(7)};
}

// Writes the ledger row, the merged_into change and the audit row in one transaction.
Result<MergeDecision> record(Database& database, MergeDecision decision,
                             std::int64_t newMergedInto) {
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto update = database.prepare("UPDATE entities SET merged_into = ? WHERE id = ?");
    auto insert = database.prepare(
        "INSERT INTO merges (action, survivor_id, absorbed_id, analyst, reason, at, undoes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!update || !insert)
        return std::unexpected(update ? insert.error() : update.error());
    if (newMergedInto > 0)
        update->bind(1, newMergedInto);
    update->bind(2, decision.absorbed.value);
    if (auto updated = update->run(); !updated)
        return std::unexpected(updated.error());
    insert->bind(1, decision.action)
        .bind(2, decision.survivor.value)
        .bind(3, decision.absorbed.value);
    insert->bind(4, decision.analyst).bind(5, decision.reason).bind(6, decision.at);
    if (decision.undoes > 0)
        insert->bind(7, decision.undoes);
    if (auto inserted = insert->run(); !inserted)
        return std::unexpected(inserted.error());
    decision.id = database.lastInsertId();
    const QJsonObject details{{QStringLiteral("ledger_id"), qint64(decision.id)},
                              {QStringLiteral("survivor"), qint64(decision.survivor.value)},
                              {QStringLiteral("absorbed"), qint64(decision.absorbed.value)},
                              {QStringLiteral("reason"), decision.reason}};
    const QString action = decision.action == QLatin1String("merge")
                               ? QStringLiteral("entity.merged")
                               : QStringLiteral("entity.split");
    auto logged = AuditLog(database).append(action, details);
    if (!logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return decision;
}

} // namespace

Result<MergeDecision> DecisionStore::mergeEntities(EntityId survivor, EntityId absorbed,
                                                   const QString& reason) {
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("say why the two are the same: a merge needs a reason"));
    if (survivor == absorbed)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("an entity cannot be merged into itself"));
    auto kept = entityState(m_database, survivor);
    auto gone = entityState(m_database, absorbed);
    if (!kept || !gone)
        return std::unexpected(kept ? gone.error() : kept.error());
    if (kept->mergedInto > 0)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("entity #%1 is itself merged into #%2; merge into that one")
                        .arg(survivor.value)
                        .arg(kept->mergedInto));
    if (gone->mergedInto > 0)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("entity #%1 is already merged into #%2")
                        .arg(absorbed.value)
                        .arg(gone->mergedInto));
    if (kept->type != gone->type)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("cannot merge a %1 into a %2").arg(gone->type, kept->type));
    return record(m_database,
                  {0, QStringLiteral("merge"), survivor, absorbed, currentOsUser(),
                   reason.trimmed(), utcNowIso(), 0},
                  survivor.value);
}

Result<MergeDecision> DecisionStore::splitEntity(EntityId absorbed, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("say why they are not the same: a split needs a reason"));
    auto history = mergeHistory(absorbed);
    if (!history)
        return std::unexpected(history.error());
    auto state = entityState(m_database, absorbed);
    if (!state)
        return std::unexpected(state.error());
    const auto merge =
        std::find_if(history->rbegin(), history->rend(), [&](const MergeDecision& decision) {
            return decision.action == QLatin1String("merge") && decision.absorbed == absorbed;
        });
    if (state->mergedInto == 0 || merge == history->rend())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("entity #%1 is not merged into another").arg(absorbed.value));
    return record(m_database,
                  {0, QStringLiteral("split"), merge->survivor, absorbed, currentOsUser(),
                   reason.trimmed(), utcNowIso(), merge->id},
                  0);
}

Result<std::vector<MergeDecision>> DecisionStore::mergeHistory(EntityId entity) const {
    auto select =
        m_database.prepare("SELECT id, action, survivor_id, absorbed_id, analyst, reason, at, "
                           "coalesce(undoes, 0) FROM merges "
                           "WHERE ?1 = 0 OR survivor_id = ?1 OR absorbed_id = ?1 ORDER BY id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, entity.value);
    return collectRows(*select, decisionFromRow);
}

} // namespace threadline::store
