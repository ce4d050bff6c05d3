#include "store/WriteBatch.h"

#include "util/SearchText.h"

namespace threadline::store {

Result<void> indexForSearch(Database& database, const std::vector<SearchRow>& rows) {
    auto search =
        database.cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)");
    if (!search)
        return std::unexpected(search.error());
    for (const SearchRow& row : rows) {
        (*search)->bind(1, row.document).bind(2, searchableText(row.title));
        (*search)->bind(3, searchableText(row.text));
        if (auto indexed = (*search)->run(); !indexed)
            return indexed;
    }
    return {};
}

WriteBatch::WriteBatch(Database& database, Transaction transaction)
    : m_database(&database)
    , m_transaction(std::move(transaction)) {}

void WriteBatch::deferSearchRows(std::vector<SearchRow> rows) {
    m_searchRows.insert(m_searchRows.end(), std::make_move_iterator(rows.begin()),
                        std::make_move_iterator(rows.end()));
}

Result<void> WriteBatch::commit() {
    if (auto indexed = indexForSearch(*m_database, m_searchRows); !indexed)
        return indexed;
    m_searchRows.clear();
    return m_transaction.commit();
}

} // namespace threadline::store
