// FactStore: the events of chosen entities, for the timeline.
#include "store/Database.h"
#include "store/FactStore.h"
#include "store/MergeMap.h"
#include "store/SqlLists.h"

#include <QSet>

#include <algorithm>

namespace threadline::store {

Result<std::vector<TimedEvent>> FactStore::eventsOf(const std::vector<EntityId>& entities) const {
    if (entities.empty())
        return std::vector<TimedEvent>{};
    auto merges = MergeMap::load(m_database);
    if (!merges)
        return std::unexpected(merges.error());
    QSet<std::int64_t> survivors;
    for (EntityId entity : entities)
        survivors.insert(merges->survivor(entity.value));
    std::vector<std::int64_t> asked(survivors.begin(), survivors.end());
    for (std::int64_t absorbed : merges->absorbedAmong(survivors))
        asked.push_back(absorbed);
    auto select = m_database.prepare(
        "SELECT ev.id, ev.type, ev.occurred_at, coalesce(ev.ends_at, ''), ev.summary, "
        "coalesce(json_extract(ev.properties, '$.duration'), 0), group_concat(ee.entity_id), "
        "coalesce(ev.link_id, 0) "
        "FROM event_entities ee JOIN events ev ON ev.id = ee.event_id "
        "WHERE ee.entity_id IN (SELECT value FROM json_each(?1)) "
        "GROUP BY ev.id ORDER BY ev.occurred_at, ev.id");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, jsonList(asked));
    return collectRows(*select, [&](const Statement& row) {
        TimedEvent event{EventId{row.integer(0)}, row.text(1), row.text(2), row.text(3),
                         row.text(5).toDouble(),  row.text(4), {},          LinkId{row.integer(7)}};
        for (const QString& id : row.text(6).split(u',', Qt::SkipEmptyParts)) {
            const EntityId survivor{merges->survivor(id.toLongLong())};
            if (std::find(event.entities.begin(), event.entities.end(), survivor) ==
                event.entities.end())
                event.entities.push_back(survivor);
        }
        return event;
    });
}

} // namespace threadline::store
