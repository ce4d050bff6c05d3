// FactStore: the entities one link away from some others, for expanding a chart.
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/MergeMap.h"
#include "store/SqlLists.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace threadline::store {

namespace {

// The seeds and every entity merged into one of them: their links are the seeds' links.
std::vector<std::int64_t> withAbsorbed(const std::vector<EntityId>& seeds, const MergeMap& merges) {
    std::vector<std::int64_t> ids;
    for (EntityId seed : seeds) {
        ids.push_back(merges.survivor(seed.value));
        for (std::int64_t absorbed : merges.absorbedInto(ids.back()))
            ids.push_back(absorbed);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

struct Reached {
    std::int64_t of = 0;
    std::int64_t entity = 0;
    QString linkType;
};

// Every (seed, other end, link type) over the seeds' links, ends resolved through merges.
Result<std::vector<Reached>> reachedOverLinks(Database& database, const QString& seeds,
                                              const QSet<std::int64_t>& seedSet,
                                              const QStringList& linkTypes,
                                              const MergeMap& merges) {
    auto select = database.prepare(
        "SELECT from_id, to_id, type FROM links WHERE from_id IN (SELECT value FROM json_each(?1)) "
        "AND (?2 IS NULL OR type IN (SELECT value FROM json_each(?2))) UNION "
        "SELECT from_id, to_id, type FROM links WHERE to_id IN (SELECT value FROM json_each(?1)) "
        "AND (?2 IS NULL OR type IN (SELECT value FROM json_each(?2)))");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, seeds).bind(2, jsonList(linkTypes));
    std::vector<Reached> reached;
    for (;;) {
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return reached;
        const std::int64_t from = merges.survivor(select->integer(0));
        const std::int64_t to = merges.survivor(select->integer(1));
        if (from == to)
            continue;
        if (seedSet.contains(from))
            reached.push_back({from, to, select->text(2)});
        if (seedSet.contains(to))
            reached.push_back({to, from, select->text(2)});
    }
}

} // namespace

Result<std::vector<Neighbour>> FactStore::neighbours(const std::vector<EntityId>& of,
                                                     const NeighbourFilter& filter) const {
    auto merges = MergeMap::load(m_database);
    if (!merges)
        return std::unexpected(merges.error());
    const std::vector<std::int64_t> seeds = withAbsorbed(of, *merges);
    QSet<std::int64_t> survivors;
    for (EntityId seed : of)
        survivors.insert(merges->survivor(seed.value));
    auto reached =
        reachedOverLinks(m_database, jsonList(seeds), survivors, filter.linkTypes, *merges);
    if (!reached)
        return std::unexpected(reached.error());
    auto entities = m_database.prepare(
        "SELECT id, type, label FROM entities WHERE id IN (SELECT value FROM json_each(?1)) "
        "AND (?2 IS NULL OR type IN (SELECT value FROM json_each(?2)))");
    if (!entities)
        return std::unexpected(entities.error());
    std::vector<std::int64_t> ends;
    for (const Reached& step : *reached)
        ends.push_back(step.entity);
    entities->bind(1, jsonList(ends)).bind(2, jsonList(filter.entityTypes));
    QHash<std::int64_t, std::pair<QString, QString>> described;
    for (;;) {
        auto row = entities->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        described.insert(entities->integer(0), {entities->text(1), entities->text(2)});
    }
    std::vector<Neighbour> neighbours;
    QSet<std::pair<std::int64_t, std::int64_t>> seen;
    for (const Reached& step : *reached) {
        const auto description = described.constFind(step.entity);
        if (description == described.cend() || seen.contains({step.of, step.entity}))
            continue;
        if (filter.excludeSeeds && survivors.contains(step.entity))
            continue;
        seen.insert({step.of, step.entity});
        neighbours.push_back({EntityId{step.of}, EntityId{step.entity}, description->first,
                              description->second, step.linkType});
        if (filter.limit > 0 && int(neighbours.size()) == filter.limit)
            break;
    }
    return neighbours;
}

} // namespace threadline::store
