#pragma once

#include "graph/Network.h"
#include "graph/Work.h"
#include "model/Chart.h"

#include <QHash>

#include <cstdint>

namespace threadline::chart {

// What a chart's style draws for each entity on it, measured on the chart's own network (its
// members and the links among them), not the whole case's: the chart answers for what it shows.
struct ChartMeasures {
    // By style.sizeBy, scaled to 0..1 by the square root of value / the chart's largest value
    // (areas, not diameters, grow with the measure). Empty when sizeBy is "none".
    QHash<std::int64_t, double> size;
    // Leiden communities on the chart (the largest is 0; -1 for an entity alone in its own),
    // when colourBy is "community".
    QHash<std::int64_t, int> community;
    int communities = 0; // of two or more members
};

// Measures the chart's network as `style` asks; betweenness is sampled past 2,000 nodes. Runs
// on any thread; `progress` can cancel (then the result is empty).
Result<ChartMeasures> measureChart(const graph::Network& network, const ChartStyle& style,
                                   const graph::Progress& progress = {});

} // namespace threadline::chart
