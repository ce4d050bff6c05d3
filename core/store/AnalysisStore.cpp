// AnalysisStore: inputs for and results of analyses run over the whole case (photo reuse,
// near-duplicate ads).
#include "store/AnalysisStore.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DerivedLinkWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace threadline::store {

Result<std::vector<std::pair<std::int64_t, std::uint64_t>>> AnalysisStore::photoHashes() const {
    auto select = m_database.prepare("SELECT id, json_extract(properties, '$.phash') FROM entities "
                                     "WHERE type = 'Photo' AND merged_into IS NULL AND "
                                     "json_extract(properties, '$.phash') IS NOT NULL");
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) {
        return std::pair{row.integer(0), std::uint64_t(row.text(1).toULongLong(nullptr, 16))};
    });
}

Result<std::vector<std::pair<std::int64_t, QString>>> AnalysisStore::adTexts() const {
    // Ads in id order, each with the text of the first document asserting it: walking the ads
    // avoids sorting a hundred megabytes of text into groups, as a join over assertions would.
    auto select = m_database.prepare(
        "SELECT e.id, d.text FROM entities e JOIN documents d ON d.id = (SELECT a.document_id "
        "FROM assertions a WHERE a.subject_kind = 'entity' AND a.subject_id = e.id AND "
        "a.document_id IS NOT NULL ORDER BY a.id LIMIT 1) WHERE e.type = 'Ad' AND e.merged_into "
        "IS NULL");
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, [](const Statement& row) {
        return std::pair{row.integer(0), row.text(1)};
    });
}

Result<int> AnalysisStore::recordDerivedLinks(const QString& analysis,
                                              const std::vector<DerivedLink>& links) {
    return store::recordDerivedLinks(m_database, analysis, links);
}

} // namespace threadline::store
