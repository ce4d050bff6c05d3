#pragma once

#include "store/Database.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace threadline::store {

// A document's words for the full-text index, written after its row.
struct SearchRow {
    std::int64_t document = 0;
    QString title;
    QString text;
};

// Adds documents to the full-text index (documents_fts).
Result<void> indexForSearch(Database& database, const std::vector<SearchRow>& rows);

// Many small writes sharing one commit (CaseStore::beginBatch): each source added or imported
// inside it is a savepoint, all or nothing on its own, and nothing is in the case until commit().
// The full-text index of the batch's documents is written at commit: SQLite's FTS5 writes its
// pending words to disk at every savepoint, so indexing each small file inside its own savepoint
// made a new index segment per file, then merged them again and again.
class WriteBatch {
public:
    WriteBatch(WriteBatch&&) noexcept = default;

    Result<void> commit();
    // Documents of imports finished in this batch, indexed when it commits.
    void deferSearchRows(std::vector<SearchRow> rows);

private:
    friend class CaseStore;
    WriteBatch(Database& database, Transaction transaction);

    Database* m_database;
    Transaction m_transaction;
    std::vector<SearchRow> m_searchRows;
};

} // namespace threadline::store
