#pragma once

#include "chart/ChartChange.h"
#include "graph/Layout.h"

namespace threadline::chart {

// Pins and (unless `fresh`) start positions for a layout of `network` from chart items.
graph::LayoutOptions layoutOptions(const std::vector<ChartItem>& items,
                                   const graph::Network& network, bool fresh, std::uint64_t seed);

// Lays out the chart's items over `network` (the chart's own network: NetworkFilter::chart) and
// returns the change that moves them there. Pinned items stay; items already placed move only as
// far as the others need unless `fresh`. Runs on any thread; the same inputs give the same change.
Result<ChartChange> layoutChange(const Chart& chart, const graph::Network& network,
                                 graph::LayoutAlgorithm algorithm, bool fresh = false,
                                 std::uint64_t seed = 1, const graph::Progress& progress = {});

} // namespace threadline::chart
