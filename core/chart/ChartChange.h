#pragma once

#include "model/Chart.h"

#include <optional>
#include <vector>

namespace threadline::chart {

// One item before and after an edit; nullopt means "not on the chart".
struct ItemChange {
    EntityId entity;
    std::optional<ChartItem> before;
    std::optional<ChartItem> after;
};

// One group before and after an edit; nullopt means "no such group".
struct GroupChange {
    std::int64_t id = 0;
    std::optional<ChartGroup> before;
    std::optional<ChartGroup> after;
};

template <typename T> struct ValueChange {
    T before;
    T after;
};

// One edit of a chart as the values it replaces and the values it sets, so that it can be
// applied either way: the unit of undo, of saving and of the audit log. Made by the functions
// of ChartEdits.h from the chart as it is; `items` sorted by entity, `groups` by id.
struct ChartChange {
    QString action; // what the analyst did, in words for the audit log: "add", "move", ...
    std::vector<ItemChange> items;
    std::vector<GroupChange> groups;
    std::optional<ValueChange<ChartStyle>> style;
    std::optional<ValueChange<ChartViewport>> viewport;

    bool isEmpty() const { return items.empty() && groups.empty() && !style && !viewport; }
    // The edit that takes this one back.
    ChartChange inverse() const;
};

// Sets everything `change` sets (its "after" values). `chart` must be the chart the change was
// made from, or one it was undone to; O(items + changed items).
void apply(Chart& chart, const ChartChange& change);

// The item of `entity` on `chart`, or null.
const ChartItem* findItem(const Chart& chart, EntityId entity);
const ChartGroup* findGroup(const Chart& chart, std::int64_t id);

} // namespace threadline::chart
