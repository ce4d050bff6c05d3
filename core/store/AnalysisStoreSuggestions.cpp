// AnalysisStore: suggesting entities that may be one, for the analyst to merge or not.
#include "resolve/NameSimilarity.h"
#include "store/AnalysisStore.h"
#include "store/Database.h"

#include <algorithm>
#include <cmath>

namespace threadline::store {

Result<std::vector<SameEntitySuggestion>> AnalysisStore::suggestSameEntities(const QString& type,
                                                                             int limit) const {
    // Two live entities of the type, both linked to the same identifier entity.
    auto select = m_database.prepare(
        "SELECT fa.id, fb.id, fa.label, fb.label, group_concat(DISTINCT shared.label) "
        "FROM links a JOIN links b ON a.to_id = b.to_id AND a.from_id < b.from_id "
        "JOIN entities fa ON fa.id = a.from_id JOIN entities fb ON fb.id = b.from_id "
        "JOIN entities shared ON shared.id = a.to_id "
        "WHERE a.type IN ('lists', 'uses') AND b.type IN ('lists', 'uses') AND fa.type = ?1 AND "
        "fb.type = ?1 "
        "AND fa.merged_into IS NULL AND fb.merged_into IS NULL "
        "GROUP BY fa.id, fb.id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, type);
    auto rows = collectRows(*select, [](const Statement& row) {
        SameEntitySuggestion suggestion;
        suggestion.first = EntityId{row.integer(0)};
        suggestion.second = EntityId{row.integer(1)};
        suggestion.firstLabel = row.text(2);
        suggestion.secondLabel = row.text(3);
        suggestion.sharedIdentifiers = row.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        suggestion.nameSimilarity =
            resolve::nameSimilarity(suggestion.firstLabel, suggestion.secondLabel);
        // Each shared identifier halves the doubt; a similar name takes off up to half of the rest.
        const double doubt = std::pow(0.5, double(suggestion.sharedIdentifiers.size())) *
                             (1 - 0.5 * suggestion.nameSimilarity);
        suggestion.score = 1 - doubt;
        return suggestion;
    });
    if (!rows)
        return rows;
    std::sort(rows->begin(), rows->end(),
              [](const auto& a, const auto& b) { return a.score > b.score; });
    if (limit > 0 && rows->size() > std::size_t(limit))
        rows->resize(std::size_t(limit));
    return rows;
}

} // namespace threadline::store
