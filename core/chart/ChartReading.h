#pragma once

#include "chart/ChartMeasures.h"
#include "chart/ChartScene.h"
#include "graph/Network.h"
#include "util/Error.h"

#include <cstdint>
#include <functional>
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

// The network of a chart's contents, to measure the chart on.
graph::Network networkOf(const ChartContents& contents);
// Whether `style` sizes or colours the nodes by a measure of the chart's network.
bool needsMeasures(const ChartStyle& style);

// A chart as the view draws it: its items, contents and style (measured when the style asks),
// built into a scene. `labelOf` names each entity (an exhibit's redaction), and each group (with
// an invalid id); unset, their labels.
// The contents read are left in `contentsRead` when given.
Result<ChartScene>
readChartScene(const store::CaseStore& store, const QString& name,
               const std::function<QString(EntityId, const QString&)>& labelOf = {},
               ChartContents* contentsRead = nullptr);

} // namespace threadline::chart
