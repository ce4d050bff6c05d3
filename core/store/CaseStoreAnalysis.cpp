// CaseStore: inputs for and results of analyses run over the whole case (photo reuse,
// near-duplicate ads).
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "util/Environment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace threadline::store {

Result<std::vector<std::pair<std::int64_t, std::uint64_t>>> CaseStore::photoHashes() const {
    auto select =
        m_database->prepare("SELECT id, json_extract(properties, '$.phash') FROM entities "
                            "WHERE type = 'Photo' AND merged_into IS NULL AND "
                            "json_extract(properties, '$.phash') IS NOT NULL");
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) {
        return std::pair{row.integer(0), std::uint64_t(row.text(1).toULongLong(nullptr, 16))};
    });
}

Result<std::vector<std::pair<std::int64_t, QString>>> CaseStore::adTexts() const {
    auto select = m_database->prepare("SELECT e.id, d.text FROM entities e JOIN assertions a ON "
                                      "a.subject_kind = 'entity' AND a.subject_id = e.id "
                                      "JOIN documents d ON d.id = a.document_id WHERE e.type = "
                                      "'Ad' AND e.merged_into IS NULL GROUP BY e.id");
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) {
        return std::pair{row.integer(0), row.text(1)};
    });
}

Result<int> CaseStore::recordDerivedLinks(const QString& analysis,
                                          const std::vector<DerivedLink>& links) {
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto exists =
        m_database->prepare("SELECT count(*) FROM links WHERE type = ?1 AND "
                            "((from_id = ?2 AND to_id = ?3) OR (from_id = ?3 AND to_id = ?2))");
    auto insert = m_database->prepare(
        "INSERT INTO links (type, from_id, to_id, directed, weight, properties, created_at) "
        "VALUES (?, ?, ?, 0, ?, ?, ?)");
    auto assert = m_database->prepare(
        "INSERT INTO assertions (subject_kind, subject_id, analyst, reason, extractor, "
        "confidence, created_at) VALUES ('link', ?, ?, ?, ?, ?, ?)");
    if (!exists || !insert || !assert)
        return std::unexpected(!exists   ? exists.error()
                               : !insert ? insert.error()
                                         : assert.error());
    const QString now = utcNowIso();
    const QString analyst = QStringLiteral("%1 (automatic: %2)").arg(currentOsUser(), analysis);
    int added = 0;
    for (const DerivedLink& link : links) {
        exists->bind(1, link.type).bind(2, link.from.value).bind(3, link.to.value);
        auto count = collectRows(*exists, [](const Statement& row) { return row.integer(0); });
        exists->reset();
        if (!count)
            return std::unexpected(count.error());
        if (!count->empty() && count->front() > 0)
            continue;
        insert->bind(1, link.type)
            .bind(2, link.from.value)
            .bind(3, link.to.value)
            .bind(4, link.weight);
        insert->bind(5, link.propertiesJson).bind(6, now);
        if (auto inserted = insert->run(); !inserted)
            return std::unexpected(inserted.error());
        assert->bind(1, m_database->lastInsertId())
            .bind(2, analyst)
            .bind(3, link.reason)
            .bind(4, analysis);
        assert->bind(5, 1.0).bind(6, now);
        if (auto asserted = assert->run(); !asserted)
            return std::unexpected(asserted.error());
        ++added;
    }
    auto logged = AuditLog(*m_database)
                      .append(QStringLiteral("analysis.linked"),
                              QJsonObject{{QStringLiteral("analysis"), analysis},
                                          {QStringLiteral("links_added"), added},
                                          {QStringLiteral("candidates"), qint64(links.size())}});
    if (!logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return added;
}

} // namespace threadline::store
