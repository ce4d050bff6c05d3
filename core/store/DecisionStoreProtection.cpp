// DecisionStore: protected identities (victims, minors), shown in exhibits only as a pseudonym
// or as the public-filing rules allow.
#include "model/ShownAs.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DecisionStore.h"
#include "store/MergeMap.h"
#include "util/Environment.h"

#include <QJsonObject>

namespace threadline::store {

namespace {

// The next free pseudonym of a type: "Person V-3" when V-1 and V-2 are taken.
Result<QString> nextPseudonym(Database& database, const QString& type) {
    auto select = database.prepare("SELECT count(*) FROM protected_entities WHERE shown_as = ?");
    if (!select)
        return std::unexpected(select.error());
    for (int number = 1;; ++number) {
        const QString candidate = QStringLiteral("%1 V-%2").arg(type).arg(number);
        select->bind(1, candidate);
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (select->integer(0) == 0)
            return candidate;
        select->reset();
    }
}

Result<QString> shownAsByRule(Database& database, const ProtectedIdentity& identity) {
    if (identity.rule == QLatin1String("pseudonym"))
        return nextPseudonym(database, identity.entityType);
    return threadline::shownAsByRule(identity.rule, identity.entityType, identity.entityLabel);
}

// The survivor of `entity` with its type and label.
Result<ProtectedIdentity> identityOf(Database& database, EntityId entity) {
    auto merges = MergeMap::load(database);
    if (!merges)
        return std::unexpected(merges.error());
    ProtectedIdentity identity;
    identity.entity = EntityId{merges->survivor(entity.value)};
    auto select = database.prepare("SELECT type, label FROM entities WHERE id = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, identity.entity.value);
    auto row = select->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no entity #%1 in this case").arg(entity.value));
    identity.entityType = select->text(0);
    identity.entityLabel = select->text(1);
    identity.analyst = currentOsUser();
    identity.at = utcNowIso();
    return identity;
}

Result<void> audit(Database& database, const char* action, const ProtectedIdentity& identity) {
    // The log names the entity by id and pseudonym only: an audit trail printed for the court
    // must not carry the name it protects.
    auto logged = AuditLog(database).append(
        QLatin1String(action),
        QJsonObject{{QStringLiteral("entity"), qint64(identity.entity.value)},
                    {QStringLiteral("shown_as"), identity.shownAs},
                    {QStringLiteral("rule"), identity.rule},
                    {QStringLiteral("reason"), identity.reason}});
    if (!logged)
        return std::unexpected(logged.error());
    return {};
}

// Runs the change, audits it and commits: the end of protecting and of releasing.
Result<ProtectedIdentity> runAudited(Database& database, Transaction& transaction,
                                     Statement& change, const char* action,
                                     const ProtectedIdentity& identity) {
    if (auto ran = change.run(); !ran)
        return std::unexpected(ran.error());
    if (auto logged = audit(database, action, identity); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return identity;
}

ProtectedIdentity protectedRow(const Statement& row) {
    return ProtectedIdentity{EntityId{row.integer(0)},
                             row.text(1),
                             row.text(2),
                             row.text(3),
                             row.text(4),
                             row.text(5),
                             row.text(6),
                             row.text(7)};
}

} // namespace

Result<ProtectedIdentity> DecisionStore::protectEntity(EntityId entity, const QString& rule,
                                                       const QString& shownAs,
                                                       const QString& reason) {
    if (!protectionRules().contains(rule))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("unknown protection rule '%1'; rules are: %2")
                        .arg(rule, protectionRules().join(QStringLiteral(", "))));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto identity = identityOf(m_database, entity);
    if (!identity)
        return identity;
    identity->rule = rule;
    identity->reason = reason.isNull() ? QStringLiteral("") : reason;
    if (!shownAs.trimmed().isEmpty()) {
        identity->shownAs = shownAs.trimmed();
    } else {
        auto made = shownAsByRule(m_database, *identity);
        if (!made)
            return std::unexpected(made.error());
        identity->shownAs = *made;
    }
    auto upsert = m_database.prepare(
        "INSERT INTO protected_entities (entity_id, shown_as, rule, analyst, marked_at, reason) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity_id) DO UPDATE SET shown_as = "
        "excluded.shown_as, rule = excluded.rule, analyst = excluded.analyst, marked_at = "
        "excluded.marked_at, reason = excluded.reason");
    if (!upsert)
        return std::unexpected(upsert.error());
    upsert->bind(1, identity->entity.value)
        .bind(2, identity->shownAs)
        .bind(3, identity->rule)
        .bind(4, identity->analyst)
        .bind(5, identity->at)
        .bind(6, identity->reason);
    return runAudited(m_database, *transaction, *upsert, "entity.protected", *identity);
}

Result<ProtectedIdentity> DecisionStore::releaseEntity(EntityId entity, const QString& reason) {
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto identity = identityOf(m_database, entity);
    if (!identity)
        return identity;
    auto shown =
        m_database.prepare("SELECT shown_as, rule FROM protected_entities WHERE entity_id = ?");
    if (!shown)
        return std::unexpected(shown.error());
    shown->bind(1, identity->entity.value);
    auto row = shown->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("entity #%1 is not protected").arg(identity->entity.value));
    identity->shownAs = shown->text(0);
    identity->rule = shown->text(1);
    identity->reason = reason.isNull() ? QStringLiteral("") : reason;
    shown->reset();
    auto remove = m_database.prepare("DELETE FROM protected_entities WHERE entity_id = ?");
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, identity->entity.value);
    return runAudited(m_database, *transaction, *remove, "entity.released", *identity);
}

Result<std::vector<ProtectedIdentity>> DecisionStore::protectedEntities() const {
    auto select = m_database.prepare(
        "SELECT p.entity_id, e.type, e.label, p.shown_as, p.rule, p.analyst, p.marked_at, "
        "p.reason FROM protected_entities p JOIN entities e ON e.id = p.entity_id "
        "ORDER BY p.entity_id");
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, protectedRow);
}

} // namespace threadline::store
