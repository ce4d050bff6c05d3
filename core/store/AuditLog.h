#pragma once

#include "model/CaseContents.h"
#include "store/Database.h"

#include <QJsonObject>

#include <vector>

namespace threadline::store {

// The append-only, hash-chained audit log of a case.
//
// Each row's hash is SHA-256 over the previous row's hash and the row's own fields (id, time,
// user, action, details), each length-prefixed so no two different rows hash alike. The first
// row chains from 64 zeros. SQL triggers forbid UPDATE and DELETE; verifyChain() detects edits
// made by someone who dropped the triggers first.
class AuditLog {
public:
    static inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

    explicit AuditLog(Database& database)
        : m_database(database) {}

    // Appends one row inside the caller's transaction, so the change and its record commit
    // together.
    Result<AuditEntry> append(const QString& action, const QJsonObject& details);

    // All rows in order; `limit` > 0 keeps only the newest rows.
    Result<std::vector<AuditEntry>> entries(int limit = 0) const;

    static QString computeHash(const AuditEntry& entry);

private:
    Result<QString> lastHash() const;
    Database& m_database;
};

} // namespace threadline::store
