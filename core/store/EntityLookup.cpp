#include "store/EntityLookup.h"

namespace threadline::store {

Result<std::optional<EntityId>> entityWithIdentifier(Database& database, const QString& kind,
                                                     const QString& value) {
    auto select = database.cached("SELECT coalesce(e.merged_into, e.id) FROM identifiers i JOIN "
                                  "entities e ON e.id = i.entity_id "
                                  "WHERE i.kind = ? AND i.value = ?");
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, kind).bind(2, value);
    auto found = collectRows(**select, [](const Statement& row) { return row.integer(0); });
    (*select)->reset();
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::optional<EntityId>();
    return std::optional<EntityId>(EntityId{found->front()});
}

} // namespace threadline::store
