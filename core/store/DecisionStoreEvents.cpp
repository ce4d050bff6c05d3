// DecisionStore: events analysts record by hand, for the timeline.
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DecisionStore.h"
#include "store/MergeMap.h"
#include "util/Environment.h"

#include <QJsonArray>
#include <QJsonObject>

namespace threadline::store {

namespace {

QJsonObject described(EventId id, const AnalystEvent& event) {
    QJsonArray entities;
    for (EntityId entity : event.entities)
        entities.append(qint64(entity.value));
    return {{QStringLiteral("event"), qint64(id.value)}, {QStringLiteral("type"), event.type},
            {QStringLiteral("at"), event.occurredAt},    {QStringLiteral("summary"), event.summary},
            {QStringLiteral("entities"), entities},      {QStringLiteral("reason"), event.reason}};
}

Result<void> insertParticipants(Database& database, EventId id, const AnalystEvent& event) {
    auto merges = MergeMap::load(database);
    if (!merges)
        return std::unexpected(merges.error());
    auto insert = database.prepare(
        "INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) VALUES (?, ?, '')");
    if (!insert)
        return std::unexpected(insert.error());
    for (EntityId entity : event.entities) {
        insert->bind(1, id.value).bind(2, merges->survivor(entity.value));
        if (auto ran = insert->run(); !ran)
            return std::unexpected(ran.error());
        insert->reset();
    }
    return {};
}

} // namespace

Result<EventId> DecisionStore::addEvent(const AnalystEvent& event) {
    if (event.type.trimmed().isEmpty() || event.occurredAt.isEmpty() || event.entities.empty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("an event needs a type, a time and who took part"));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(
        "INSERT INTO events (type, occurred_at, ends_at, summary) VALUES (?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, event.type.trimmed()).bind(2, event.occurredAt);
    insert->bind(3, event.endsAt.isEmpty() ? QString() : event.endsAt).bind(4, event.summary);
    if (auto ran = insert->run(); !ran)
        return std::unexpected(ran.error());
    const EventId id{m_database.lastInsertId()};
    if (auto added = insertParticipants(m_database, id, event); !added)
        return std::unexpected(added.error());
    auto assertion = m_database.prepare(
        "INSERT INTO assertions (subject_kind, subject_id, analyst, reason, extractor, "
        "confidence, created_at) VALUES ('event', ?, ?, ?, 'analyst', 1, ?)");
    if (!assertion)
        return std::unexpected(assertion.error());
    assertion->bind(1, id.value).bind(2, currentOsUser()).bind(3, event.reason);
    assertion->bind(4, utcNowIso());
    if (auto ran = assertion->run(); !ran)
        return std::unexpected(ran.error());
    if (auto logged =
            AuditLog(m_database).append(QStringLiteral("event.added"), described(id, event));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<void> DecisionStore::retractEvent(EventId event, const QString& reason) {
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Only an event no source backs: recorded by an analyst.
    auto check = m_database.prepare(
        "SELECT type, occurred_at, summary FROM events ev WHERE id = ? AND EXISTS (SELECT 1 FROM "
        "assertions a WHERE a.subject_kind = 'event' AND a.subject_id = ev.id AND a.extractor = "
        "'analyst') AND NOT EXISTS (SELECT 1 FROM assertions a WHERE a.subject_kind = 'event' AND "
        "a.subject_id = ev.id AND a.source_id IS NOT NULL)");
    if (!check)
        return std::unexpected(check.error());
    check->bind(1, event.value);
    auto row = check->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("event #%1 was not recorded by an analyst").arg(event.value));
    const AnalystEvent was{check->text(0), check->text(1), {}, check->text(2), {}, reason};
    check->reset();
    for (const char* sql :
         {"DELETE FROM assertions WHERE subject_kind = 'event' AND subject_id = ?",
          "DELETE FROM event_entities WHERE event_id = ?", "DELETE FROM events WHERE id = ?"}) {
        auto remove = m_database.prepare(sql);
        if (!remove)
            return std::unexpected(remove.error());
        remove->bind(1, event.value);
        if (auto ran = remove->run(); !ran)
            return std::unexpected(ran.error());
    }
    if (auto logged =
            AuditLog(m_database).append(QStringLiteral("event.retracted"), described(event, was));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return {};
}

} // namespace threadline::store
