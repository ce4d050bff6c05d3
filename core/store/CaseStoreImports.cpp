// CaseStore: recording what importers found in a source, or why they failed.
#include "model/ImportResult.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/ImportSession.h"
#include "store/OriginalDevice.h"
#include "store/WriteBatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace threadline::store {

namespace {

Result<void> updateStatus(Database& database, SourceId id, SourceStatus status,
                          const QString& importer, const QString& version,
                          const QStringList& warnings, const QString& error) {
    auto cached =
        database.cached("UPDATE sources SET status = ?, importer = ?, importer_version = ?, "
                        "warnings = ?, error = ? WHERE id = ?");
    if (!cached)
        return std::unexpected(cached.error());
    Statement& update = **cached;
    const QByteArray warningsJson =
        QJsonDocument(QJsonArray::fromStringList(warnings)).toJson(QJsonDocument::Compact);
    update.bind(1, toString(status)).bind(2, importer).bind(3, version);
    update.bind(4, QString::fromUtf8(warningsJson)).bind(5, error).bind(6, id.value);
    return update.run();
}

QJsonObject countsJson(SourceId id, const QString& importer, const ImportCounts& counts,
                       qsizetype warnings) {
    return QJsonObject{{QStringLiteral("source_id"), qint64(id.value)},
                       {QStringLiteral("importer"), importer},
                       {QStringLiteral("documents"), counts.documents},
                       {QStringLiteral("entities_created"), counts.entitiesCreated},
                       {QStringLiteral("entities_matched"), counts.entitiesMatched},
                       {QStringLiteral("links"), counts.links},
                       {QStringLiteral("events"), counts.events},
                       {QStringLiteral("warnings"), qint64(warnings)}};
}

} // namespace

Result<QByteArray> CaseStore::original(SourceId id, std::int64_t maxBytes) const {
    auto stored = source(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->size > maxBytes)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the file is %1 bytes, over the %2-byte limit for importing")
                        .arg(stored->size)
                        .arg(maxBytes),
                    stored->name);
    QByteArray bytes;
    bytes.reserve(stored->size);
    auto read = readOriginal(id, [&](const QByteArray& chunk) { bytes += chunk; });
    if (!read)
        return std::unexpected(read.error());
    return bytes;
}

Result<std::unique_ptr<QIODevice>> CaseStore::openOriginal(SourceId id) const {
    auto stored = source(id);
    if (!stored)
        return std::unexpected(stored.error());
    return std::unique_ptr<QIODevice>(
        std::make_unique<OriginalDevice>(*m_database, id, stored->size));
}

ImportSession::ImportSession(Database& database, Transaction transaction, SourceId source,
                             QString importer, QString version, WriteBatch* batch)
    : m_database(database)
    , m_transaction(std::move(transaction))
    , m_writer(database, source, importer, version)
    , m_source(source)
    , m_importer(std::move(importer))
    , m_version(std::move(version))
    , m_batch(batch) {}

Result<void> ImportSession::write(const ingest::ImportResult& part) {
    auto written = m_writer.write(part);
    if (!written)
        return std::unexpected(written.error());
    if (m_batch)
        return {}; // the writer keeps the documents to index until finish()
    if (auto indexed = indexForSearch(m_database, m_writer.takeSearchRows()); !indexed)
        return indexed;
    m_database.startLogWriteback(); // a part is a few megabytes of log
    return {};
}

Result<ImportCounts> ImportSession::finish(const QStringList& warnings) {
    const ImportCounts counts = m_writer.counts();
    const SourceStatus status = warnings.isEmpty() ? SourceStatus::Imported : SourceStatus::Partial;
    if (auto updated =
            updateStatus(m_database, m_source, status, m_importer, m_version, warnings, {});
        !updated)
        return std::unexpected(updated.error());
    auto logged = AuditLog(m_database)
                      .append(QStringLiteral("source.imported"),
                              countsJson(m_source, m_importer, counts, warnings.size()));
    if (!logged)
        return std::unexpected(logged.error());
    if (auto committed = m_transaction.commit(); !committed)
        return std::unexpected(committed.error());
    if (m_batch)
        m_batch->deferSearchRows(m_writer.takeSearchRows());
    return counts;
}

Result<WriteBatch> CaseStore::beginBatch() {
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    return WriteBatch(*m_database, std::move(*transaction));
}

Result<ImportSession> CaseStore::beginImport(SourceId id, const QString& importer,
                                             const QString& version, WriteBatch* batch) {
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    return ImportSession(*m_database, std::move(*transaction), id, importer, version, batch);
}

Result<ImportCounts> CaseStore::recordImport(SourceId id, const QString& importer,
                                             const QString& version,
                                             const ingest::ImportResult& result) {
    auto session = beginImport(id, importer, version);
    if (!session)
        return std::unexpected(session.error());
    if (auto written = session->write(result); !written)
        return std::unexpected(written.error());
    return session->finish(result.warnings);
}

Result<void> CaseStore::recordImportFailure(SourceId id, const QString& importer,
                                            const Error& error) {
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString message = error.location.isEmpty()
                                ? error.message
                                : error.location + QStringLiteral(": ") + error.message;
    if (auto updated =
            updateStatus(*m_database, id, SourceStatus::Failed, importer, {}, {}, message);
        !updated)
        return updated;
    auto logged = AuditLog(*m_database)
                      .append(QStringLiteral("source.import_failed"),
                              QJsonObject{{QStringLiteral("source_id"), qint64(id.value)},
                                          {QStringLiteral("importer"), importer},
                                          {QStringLiteral("error"), message}});
    if (!logged)
        return std::unexpected(logged.error());
    return transaction->commit();
}

} // namespace threadline::store
