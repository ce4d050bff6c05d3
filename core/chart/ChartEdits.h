#pragma once

#include "chart/ChartChange.h"
#include "model/CaseContents.h"

#include <QString>

#include <vector>

namespace threadline::chart {

// The editing operations of a chart, shared by the command line and the desktop. Each one
// reads the chart as it is and returns the change that does the edit (empty when there is
// nothing to do); apply() it, or save it with the store's chart edits, to make it happen.
// Entities not on the chart are ignored, except by addItems().

struct ItemPosition {
    EntityId entity;
    double x = 0;
    double y = 0;
};

// Puts entities on the chart where their items say; those already on it stay as they are.
ChartChange addItems(const Chart& chart, std::vector<ChartItem> items);
// Takes entities off the chart; a group left without members goes with them.
ChartChange removeItems(const Chart& chart, std::vector<EntityId> entities);
ChartChange moveItems(const Chart& chart, std::vector<ItemPosition> positions,
                      const QString& action = QStringLiteral("move"));
ChartChange setPinned(const Chart& chart, std::vector<EntityId> entities, bool pinned);
ChartChange setHidden(const Chart& chart, std::vector<EntityId> entities, bool hidden);
// Draws the entities as one node at their centre (leaving any group they were in); needs two.
ChartChange groupItems(const Chart& chart, std::vector<EntityId> entities, const QString& label);
ChartChange ungroup(const Chart& chart, std::int64_t group);
ChartChange moveGroup(const Chart& chart, std::int64_t group, double x, double y);
ChartChange setStyle(const Chart& chart, const ChartStyle& style);
ChartChange setViewport(const Chart& chart, const ChartViewport& viewport);

// Items for `newcomers` in rings around `centre` (at the origin if it is not on the chart),
// `spacing` apart, so that an expansion starts out readable before any layout.
std::vector<ChartItem> placeAround(const Chart& chart, EntityId centre,
                                   const std::vector<EntityId>& newcomers, double spacing = 1.0);

// Items for `newcomers` in a square grid `spacing` apart, just right of what the chart holds
// (at the origin on an empty chart): entities added from a table or a search, unrelated to
// where anything on the chart is, start out beside it rather than on top of it.
std::vector<ChartItem> placeBeside(const Chart& chart, const std::vector<EntityId>& newcomers,
                                   double spacing = 1.0);

// Adds the neighbours not yet on the chart, each placed around the first seed that reached it
// (CaseStore::neighbours gives them): expanding items into what they are linked to.
ChartChange expandItems(const Chart& chart, const std::vector<Neighbour>& neighbours);

// The next free group id of a chart.
std::int64_t nextGroupId(const Chart& chart);

} // namespace threadline::chart
