#include "store/DerivedLinkWriter.h"

#include "store/AuditLog.h"
#include "util/Environment.h"

namespace threadline::store {

namespace {

QPair<qint64, qint64> unordered(std::int64_t a, std::int64_t b) {
    return {std::min(a, b), std::max(a, b)};
}

} // namespace

DerivedLinkWriter::DerivedLinkWriter(Database& database, const QString& analysis)
    : m_database(database)
    , m_analysis(analysis)
    , m_analyst(QStringLiteral("%1 (automatic: %2)").arg(currentOsUser(), analysis))
    , m_now(utcNowIso()) {}

// Every pair already linked with `type`, read once: one lookup per candidate would scan the
// type's links each time.
Result<QSet<QPair<qint64, qint64>>*> DerivedLinkWriter::existing(const QString& type) {
    if (auto found = m_existing.find(type); found != m_existing.end())
        return &found->second;
    auto select = m_database.prepare("SELECT from_id, to_id FROM links WHERE type = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, type);
    auto pairs = collectRows(
        *select, [](const Statement& row) { return unordered(row.integer(0), row.integer(1)); });
    if (!pairs)
        return std::unexpected(pairs.error());
    QSet<QPair<qint64, qint64>>& known = m_existing[type];
    known = QSet<QPair<qint64, qint64>>(pairs->begin(), pairs->end());
    return &known;
}

Result<bool> DerivedLinkWriter::add(const DerivedLink& link) {
    auto known = existing(link.type);
    if (!known)
        return std::unexpected(known.error());
    if ((*known)->contains(unordered(link.from.value, link.to.value)))
        return false;
    auto insert = m_database.cached(
        "INSERT INTO links (type, from_id, to_id, directed, weight, properties, created_at) "
        "VALUES (?, ?, ?, 0, ?, ?, ?)");
    auto assertion = m_database.cached(
        "INSERT INTO assertions (subject_kind, subject_id, analyst, reason, extractor, "
        "confidence, created_at) VALUES ('link', ?, ?, ?, ?, ?, ?)");
    if (!insert || !assertion)
        return std::unexpected(insert ? assertion.error() : insert.error());
    (*insert)->bind(1, link.type).bind(2, link.from.value).bind(3, link.to.value);
    (*insert)->bind(4, link.weight).bind(5, link.propertiesJson).bind(6, m_now);
    if (auto inserted = (*insert)->run(); !inserted)
        return std::unexpected(inserted.error());
    (*assertion)->bind(1, m_database.lastInsertId()).bind(2, m_analyst).bind(3, link.reason);
    (*assertion)->bind(4, m_analysis).bind(5, 1.0).bind(6, m_now);
    if (auto asserted = (*assertion)->run(); !asserted)
        return std::unexpected(asserted.error());
    (*known)->insert(unordered(link.from.value, link.to.value));
    ++m_added;
    return true;
}

Result<int> recordDerivedLinks(Database& database, const QString& analysis,
                               const std::vector<DerivedLink>& links) {
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    DerivedLinkWriter writer(database, analysis);
    for (const DerivedLink& link : links)
        if (auto written = writer.add(link); !written)
            return std::unexpected(written.error());
    auto logged = AuditLog(database).append(
        QStringLiteral("analysis.linked"),
        QJsonObject{{QStringLiteral("analysis"), analysis},
                    {QStringLiteral("links_added"), writer.added()},
                    {QStringLiteral("candidates"), qint64(links.size())}});
    if (!logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return writer.added();
}

} // namespace threadline::store
