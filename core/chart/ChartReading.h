#pragma once

#include "chart/ChartScene.h"
#include "util/Error.h"

#include <cstdint>
#include <optional>

namespace threadline::store {
class CaseStore;
} // namespace threadline::store

namespace threadline::chart {

// A span of time, UTC milliseconds [from, to): a chart then shows only the links with an event
// in it (the range brushed on the timeline).
struct LinkTimeWindow {
    std::int64_t from = 0;
    std::int64_t to = 0;
};

// Entity types, labels and roles of a chart's members, and every link among them unless
// `withLinks` is false; within `window`, only the links with an event in it. What the chart view,
// the exhibits and the command line draw a chart from.
Result<ChartContents> readChartContents(const store::CaseStore& store, const QString& name,
                                        bool withLinks = true,
                                        std::optional<LinkTimeWindow> window = {});

} // namespace threadline::chart
