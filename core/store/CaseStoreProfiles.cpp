// CaseStore: saved column-mapping profiles, kept as case settings.
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace threadline::store {

namespace {
const QString kPrefix = QStringLiteral("table-profile:");
}

Result<void> CaseStore::saveTableProfile(const QString& name, const QJsonObject& profile) {
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a profile needs a name"));
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto upsert = m_database->prepare("INSERT INTO case_settings (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!upsert)
        return std::unexpected(upsert.error());
    const QString json = QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact));
    if (auto saved = upsert->bind(1, kPrefix + name).bind(2, json).run(); !saved)
        return saved;
    auto logged = AuditLog(*m_database)
                      .append(QStringLiteral("profile.saved"),
                              QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("profile"), profile}});
    if (!logged)
        return std::unexpected(logged.error());
    return transaction->commit();
}

Result<std::map<QString, QJsonObject>> CaseStore::tableProfiles() const {
    auto select = m_database->prepare("SELECT substr(key, 15), value FROM case_settings "
                                      "WHERE key LIKE 'table-profile:%' ORDER BY key");
    if (!select)
        return std::unexpected(select.error());
    auto rows = collectRows(*select, [](const Statement& row) {
        return std::pair{row.text(0), QJsonDocument::fromJson(row.text(1).toUtf8()).object()};
    });
    if (!rows)
        return std::unexpected(rows.error());
    return std::map<QString, QJsonObject>(rows->begin(), rows->end());
}

} // namespace threadline::store
