#pragma once

#include "graph/Network.h"
#include "graph/Work.h"
#include "model/Chart.h"

#include <vector>

namespace threadline::chart {

struct KeyPlayerOptions {
    int byBetweenness = 8;   // the brokers: who sits on most shortest chains
    int byMoney = 3;         // most money moved
    int byCalls = 3;         // most call time
    int neighboursEach = 10; // each player's strongest ties (most links) come along
    std::uint64_t seed = 1;  // of the sampled betweenness and of the layout
};

// The first chart of a case that has none: its key players and their strongest ties, laid out
// (multilevel layout, about 1 unit between tied items). `network` is the whole case's.
Result<std::vector<ChartItem>> keyPlayerItems(const graph::Network& network,
                                              const KeyPlayerOptions& options = {},
                                              const graph::Progress& progress = {});

} // namespace threadline::chart
