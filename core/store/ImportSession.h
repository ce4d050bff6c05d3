#pragma once

#include "store/Database.h"
#include "store/ImportWriter.h"

namespace threadline::store {

// One source's import written into the case in parts, all inside one transaction, so a big file
// can be written while the rest of it is still being read. Nothing of it is in the case until
// finish() commits; a session dropped before that leaves the case as it was. Inside a batch,
// "commits" means the batch holds it, to commit with the rest.
class ImportSession {
public:
    ImportSession(ImportSession&&) noexcept = default;

    // Adds one part (its entity, document and link indices are its own).
    Result<void> write(const ingest::ImportResult& part);
    // Marks the source imported (partial when there were warnings), logs it, and commits.
    Result<ImportCounts> finish(const QStringList& warnings);

private:
    friend class CaseStore;
    ImportSession(Database& database, Transaction transaction, SourceId source, QString importer,
                  QString version, WriteBatch* batch);

    Database& m_database;
    Transaction m_transaction;
    ImportWriter m_writer;
    SourceId m_source;
    QString m_importer;
    QString m_version;
    // Null: not in a batch, and the documents are indexed as they are written; else they are
    // handed to the batch when the import finishes.
    WriteBatch* m_batch;
};

} // namespace threadline::store
