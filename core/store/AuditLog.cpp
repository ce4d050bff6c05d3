#include "store/AuditLog.h"

#include "util/Environment.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace threadline::store {

namespace {

void addField(QCryptographicHash& hash, const QString& field) {
    const QByteArray utf8 = field.toUtf8();
    hash.addData(QByteArray::number(utf8.size()) + ':');
    hash.addData(utf8);
}

AuditEntry entryFromRow(const Statement& row) {
    return AuditEntry{AuditId{row.integer(0)},
                      row.text(1),
                      row.text(2),
                      row.text(3),
                      row.text(4),
                      row.text(5),
                      row.text(6)};
}

} // namespace

QString AuditLog::computeHash(const AuditEntry& entry) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, entry.previousHash);
    addField(hash, QString::number(entry.id.value));
    addField(hash, entry.at);
    addField(hash, entry.osUser);
    addField(hash, entry.action);
    addField(hash, entry.detailsJson);
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> AuditLog::lastHash() const {
    auto statement = m_database.cached("SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
    if (!statement)
        return std::unexpected(statement.error());
    auto hasRow = (*statement)->step();
    if (!hasRow)
        return std::unexpected(hasRow.error());
    const QString hash = *hasRow ? (*statement)->text(0) : kGenesisHash;
    (*statement)->reset(); // a statement left on a row keeps the connection's read open
    return hash;
}

Result<AuditEntry> AuditLog::append(const QString& action, const QJsonObject& details) {
    auto previous = lastHash();
    if (!previous)
        return std::unexpected(previous.error());
    auto nextId = m_database.cachedInteger("SELECT coalesce(max(id), 0) + 1 FROM audit");
    if (!nextId)
        return std::unexpected(nextId.error());

    AuditEntry entry;
    entry.id = AuditId{nextId->value_or(1)};
    entry.at = utcNowIso();
    entry.osUser = currentOsUser();
    entry.action = action;
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    entry.detailsJson = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    entry.previousHash = *previous;
    entry.hash = computeHash(entry);

    auto insert = m_database.cached("INSERT INTO audit (id, at, os_user, action, details, "
                                    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bind(1, entry.id.value).bind(2, entry.at).bind(3, entry.osUser);
    (*insert)->bind(4, entry.action).bind(5, entry.detailsJson);
    (*insert)->bind(6, entry.previousHash).bind(7, entry.hash);
    if (auto inserted = (*insert)->run(); !inserted)
        return std::unexpected(inserted.error());
    return entry;
}

Result<std::vector<AuditEntry>> AuditLog::entries(int limit) const {
    auto statement = m_database.prepare(
        "SELECT id, at, os_user, action, details, prev_hash, hash FROM audit "
        "WHERE id > (SELECT coalesce(max(id), 0) FROM audit) - ?1 OR ?1 <= 0 ORDER BY id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, std::int64_t(limit));
    return collectRows(*statement, entryFromRow);
}

} // namespace threadline::store
