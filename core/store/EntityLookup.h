#pragma once

#include "model/Ids.h"
#include "store/Database.h"

#include <optional>

namespace threadline::store {

// The entity that holds identifier (kind, value), following merges so a fact about an absorbed
// entity lands on the survivor; nullopt when no entity holds it.
Result<std::optional<EntityId>> entityWithIdentifier(Database& database, const QString& kind,
                                                     const QString& value);

} // namespace threadline::store
