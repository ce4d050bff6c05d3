#pragma once

#include "model/CaseTables.h"
#include "util/Error.h"

#include <vector>

namespace threadline::store {

class Database;

// The window's tables of entities, links and events, a page at a time: filtered by a type and
// a role facet and by text as it is typed, in an order backed by an index, with the counts a
// table heading and its facets show. Read-only; a handle on the case's connection, valid while
// its CaseStore lives; one thread at a time.
class TableStore {
public:
    explicit TableStore(Database& database)
        : m_database(database) {}

    // Live entities (not merged into another); ordered by label, type or id.
    Result<std::vector<EntityRow>> entities(const TableQuery& query) const;
    Result<std::int64_t> countEntities(const TableQuery& query) const;
    Result<TypeCounts> entityTypes() const;
    // Where an entity is in the listing `query` asks for (its offset; -1 when not listed), so
    // that a table can show an entity selected elsewhere.
    Result<std::int64_t> entityPosition(const TableQuery& query, EntityId entity) const;

    // Links with their ends named; ordered by type or id. The text filter matches an end's label.
    Result<std::vector<LinkRow>> links(const TableQuery& query) const;
    Result<std::int64_t> countLinks(const TableQuery& query) const;
    Result<TypeCounts> linkTypes() const;

    // Events with who took part; ordered by time (the default) or type.
    Result<std::vector<EventRow>> events(const TableQuery& query) const;
    Result<std::int64_t> countEvents(const TableQuery& query) const;
    Result<TypeCounts> eventTypes() const;
    // Sources with the name of what each was found in; ordered by import (the default), name,
    // media type or size. The text filter matches the name; the type facet is the media type.
    Result<std::vector<SourceRow>> sources(const TableQuery& query) const;
    Result<std::int64_t> countSources(const TableQuery& query) const;
    Result<TypeCounts> sourceTypes() const;

    // One event as its row shows it (the inspector).
    Result<EventRow> event(EventId event) const;

private:
    Database& m_database;
};

} // namespace threadline::store
