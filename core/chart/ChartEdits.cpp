#include "chart/ChartEdits.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace threadline::chart {

namespace {

void sortUnique(std::vector<EntityId>& entities) {
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
}

// A change of every item of `entities` on the chart that `edit` alters; `edit` returns false
// to leave an item as it is.
template <typename Edit>
ChartChange changeItems(const Chart& chart, std::vector<EntityId> entities, const QString& action,
                        Edit edit) {
    sortUnique(entities);
    ChartChange change;
    change.action = action;
    for (EntityId entity : entities) {
        const ChartItem* item = findItem(chart, entity);
        if (!item)
            continue;
        ChartItem after = *item;
        if (edit(after) && !(after == *item))
            change.items.push_back({entity, *item, after});
    }
    return change;
}

// Groups of the chart that would be left without members once `change` is applied.
void dropEmptiedGroups(const Chart& chart, ChartChange& change) {
    QHash<std::int64_t, int> members;
    for (const ChartItem& item : chart.items)
        if (item.group)
            ++members[item.group];
    for (const ItemChange& item : change.items) {
        if (item.before && item.before->group)
            --members[item.before->group];
        if (item.after && item.after->group)
            ++members[item.after->group];
    }
    for (const ChartGroup& group : chart.groups)
        if (members.value(group.id) <= 0)
            change.groups.push_back({group.id, group, std::nullopt});
}

} // namespace

std::int64_t nextGroupId(const Chart& chart) {
    return chart.groups.empty() ? 1 : chart.groups.back().id + 1;
}

ChartChange addItems(const Chart& chart, std::vector<ChartItem> items) {
    std::sort(items.begin(), items.end(),
              [](const ChartItem& a, const ChartItem& b) { return a.entity < b.entity; });
    ChartChange change;
    change.action = QStringLiteral("add");
    for (const ChartItem& item : items) {
        const bool repeated = !change.items.empty() && change.items.back().entity == item.entity;
        if (item.entity.isValid() && !repeated && !findItem(chart, item.entity))
            change.items.push_back({item.entity, std::nullopt, item});
    }
    return change;
}

ChartChange removeItems(const Chart& chart, std::vector<EntityId> entities) {
    sortUnique(entities);
    ChartChange change;
    change.action = QStringLiteral("remove");
    for (EntityId entity : entities)
        if (const ChartItem* item = findItem(chart, entity))
            change.items.push_back({entity, *item, std::nullopt});
    dropEmptiedGroups(chart, change);
    return change;
}

ChartChange moveItems(const Chart& chart, std::vector<ItemPosition> positions,
                      const QString& action) {
    std::sort(positions.begin(), positions.end(),
              [](const ItemPosition& a, const ItemPosition& b) { return a.entity < b.entity; });
    ChartChange change;
    change.action = action;
    for (const ItemPosition& position : positions) {
        const ChartItem* item = findItem(chart, position.entity);
        const bool repeated =
            !change.items.empty() && change.items.back().entity == position.entity;
        if (!item || repeated || (item->x == position.x && item->y == position.y))
            continue;
        ChartItem after = *item;
        after.x = position.x;
        after.y = position.y;
        change.items.push_back({position.entity, *item, after});
    }
    return change;
}

ChartChange setPinned(const Chart& chart, std::vector<EntityId> entities, bool pinned) {
    return changeItems(chart, std::move(entities),
                       pinned ? QStringLiteral("pin") : QStringLiteral("unpin"),
                       [&](ChartItem& item) {
                           item.pinned = pinned;
                           return true;
                       });
}

ChartChange setHidden(const Chart& chart, std::vector<EntityId> entities, bool hidden) {
    return changeItems(chart, std::move(entities),
                       hidden ? QStringLiteral("hide") : QStringLiteral("show"),
                       [&](ChartItem& item) {
                           item.hidden = hidden;
                           return true;
                       });
}

ChartChange groupItems(const Chart& chart, std::vector<EntityId> entities, const QString& label) {
    sortUnique(entities);
    std::erase_if(entities, [&](EntityId entity) { return !findItem(chart, entity); });
    if (entities.size() < 2)
        return {};
    const std::int64_t id = nextGroupId(chart);
    double x = 0;
    double y = 0;
    for (EntityId entity : entities) {
        x += findItem(chart, entity)->x / double(entities.size());
        y += findItem(chart, entity)->y / double(entities.size());
    }
    ChartChange change =
        changeItems(chart, entities, QStringLiteral("group"), [&](ChartItem& item) {
            item.group = id;
            return true;
        });
    dropEmptiedGroups(chart, change);
    change.groups.push_back({id, std::nullopt, ChartGroup{id, label, x, y}});
    return change;
}

ChartChange ungroup(const Chart& chart, std::int64_t group) {
    const ChartGroup* existing = findGroup(chart, group);
    if (!existing)
        return {};
    std::vector<EntityId> members;
    for (const ChartItem& item : chart.items)
        if (item.group == group)
            members.push_back(item.entity);
    ChartChange change =
        changeItems(chart, members, QStringLiteral("ungroup"), [](ChartItem& item) {
            item.group = 0;
            return true;
        });
    change.groups.push_back({group, *existing, std::nullopt});
    return change;
}

ChartChange moveGroup(const Chart& chart, std::int64_t group, double x, double y) {
    const ChartGroup* existing = findGroup(chart, group);
    if (!existing || (existing->x == x && existing->y == y))
        return {};
    ChartGroup after = *existing;
    after.x = x;
    after.y = y;
    ChartChange change;
    change.action = QStringLiteral("move");
    change.groups.push_back({group, *existing, after});
    return change;
}

ChartChange setStyle(const Chart& chart, const ChartStyle& style) {
    ChartChange change;
    change.action = QStringLiteral("style");
    if (!(chart.style == style))
        change.style = ValueChange<ChartStyle>{chart.style, style};
    return change;
}

ChartChange setViewport(const Chart& chart, const ChartViewport& viewport) {
    ChartChange change;
    change.action = QStringLiteral("viewport");
    if (!(chart.viewport == viewport))
        change.viewport = ValueChange<ChartViewport>{chart.viewport, viewport};
    return change;
}

ChartChange expandItems(const Chart& chart, const std::vector<Neighbour>& neighbours) {
    std::map<EntityId, std::vector<EntityId>> newcomersBySeed;
    QSet<std::int64_t> placed;
    for (const Neighbour& neighbour : neighbours)
        if (!findItem(chart, neighbour.entity) && !placed.contains(neighbour.entity.value)) {
            placed.insert(neighbour.entity.value);
            newcomersBySeed[neighbour.of].push_back(neighbour.entity);
        }
    std::vector<ChartItem> items;
    for (const auto& [seed, newcomers] : newcomersBySeed)
        for (const ChartItem& item : placeAround(chart, seed, newcomers))
            items.push_back(item);
    ChartChange change = addItems(chart, std::move(items));
    change.action = QStringLiteral("expand");
    return change;
}

std::vector<ChartItem> placeAround(const Chart& chart, EntityId centre,
                                   const std::vector<EntityId>& newcomers, double spacing) {
    const ChartItem* middle = findItem(chart, centre);
    const double cx = middle ? middle->x : 0;
    const double cy = middle ? middle->y : 0;
    std::vector<ChartItem> placed;
    placed.reserve(newcomers.size());
    // Ring r holds 6r items at radius r * spacing: neighbours stay `spacing` apart on every ring.
    int ring = 1;
    int onRing = 0;
    for (EntityId entity : newcomers) {
        const int slots = 6 * ring;
        const double angle = 2 * std::numbers::pi * (onRing + 0.5 * (ring % 2)) / slots;
        placed.push_back(
            {entity, cx + ring * spacing * std::cos(angle), cy + ring * spacing * std::sin(angle)});
        if (++onRing == slots) {
            ++ring;
            onRing = 0;
        }
    }
    return placed;
}

std::vector<ChartItem> placeBeside(const Chart& chart, const std::vector<EntityId>& newcomers,
                                   double spacing) {
    double left = 0;
    double top = 0;
    bool first = true;
    for (const ChartItem& item : chart.items) {
        left = first ? item.x + 2 * spacing : std::max(left, item.x + 2 * spacing);
        top = first ? item.y : std::min(top, item.y);
        first = false;
    }
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(newcomers.size())))));
    std::vector<ChartItem> placed;
    placed.reserve(newcomers.size());
    for (std::size_t index = 0; index < newcomers.size(); ++index)
        placed.push_back({newcomers[index], left + double(index % columns) * spacing,
                          top + double(index / columns) * spacing});
    return placed;
}

} // namespace threadline::chart
