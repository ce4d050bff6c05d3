#include "chart/ChartChange.h"

#include <algorithm>

namespace threadline::chart {

namespace {

template <typename Change> Change swapped(const Change& change) {
    Change back = change;
    std::swap(back.before, back.after);
    return back;
}

// Rebuilds the sorted `values` with every change's "after" state, in one merge pass: a chart of
// 100k items takes a change of any size without shifting the vector once per item.
template <typename Value, typename Change, typename KeyOfValue, typename KeyOfChange>
void mergeChanges(std::vector<Value>& values, const std::vector<Change>& changes,
                  KeyOfValue keyOfValue, KeyOfChange keyOfChange) {
    if (changes.empty())
        return;
    std::vector<Value> merged;
    merged.reserve(values.size() + changes.size());
    auto value = values.begin();
    for (const Change& change : changes) {
        const auto key = keyOfChange(change);
        while (value != values.end() && keyOfValue(*value) < key)
            merged.push_back(*value++);
        if (value != values.end() && keyOfValue(*value) == key)
            ++value; // replaced (or removed) by the change
        if (change.after)
            merged.push_back(*change.after);
    }
    merged.insert(merged.end(), value, values.end());
    values = std::move(merged);
}

} // namespace

ChartChange ChartChange::inverse() const {
    ChartChange back;
    back.action = action;
    back.items.reserve(items.size());
    for (const ItemChange& item : items)
        back.items.push_back(swapped(item));
    for (const GroupChange& group : groups)
        back.groups.push_back(swapped(group));
    if (style)
        back.style = swapped(*style);
    if (viewport)
        back.viewport = swapped(*viewport);
    return back;
}

void apply(Chart& chart, const ChartChange& change) {
    mergeChanges(
        chart.items, change.items, [](const ChartItem& item) { return item.entity; },
        [](const ItemChange& item) { return item.entity; });
    mergeChanges(
        chart.groups, change.groups, [](const ChartGroup& group) { return group.id; },
        [](const GroupChange& group) { return group.id; });
    if (change.style)
        chart.style = change.style->after;
    if (change.viewport)
        chart.viewport = change.viewport->after;
}

const ChartItem* findItem(const Chart& chart, EntityId entity) {
    const auto found =
        std::lower_bound(chart.items.begin(), chart.items.end(), entity,
                         [](const ChartItem& item, EntityId id) { return item.entity < id; });
    return found != chart.items.end() && found->entity == entity ? &*found : nullptr;
}

const ChartGroup* findGroup(const Chart& chart, std::int64_t id) {
    const auto found =
        std::lower_bound(chart.groups.begin(), chart.groups.end(), id,
                         [](const ChartGroup& group, std::int64_t key) { return group.id < key; });
    return found != chart.groups.end() && found->id == id ? &*found : nullptr;
}

} // namespace threadline::chart
