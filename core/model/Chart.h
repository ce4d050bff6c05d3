#pragma once

#include "model/Ids.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace threadline {

// An entity's place on a named chart.
struct ChartItem {
    EntityId entity;
    double x = 0;
    double y = 0;
    bool pinned = false;    // layouts leave it where it is
    bool hidden = false;    // on the chart but not drawn (its links neither)
    std::int64_t group = 0; // the ChartGroup it is drawn in, 0 for none

    bool operator==(const ChartItem&) const = default;
};

// Several items drawn as one node, until ungrouped. Its members keep their own positions
// (restored on ungrouping); the group is drawn where (x, y) says.
struct ChartGroup {
    std::int64_t id = 0; // > 0, unique within the chart
    QString label;
    double x = 0;
    double y = 0;

    bool operator==(const ChartGroup&) const = default;
};

// How the nodes of a chart are drawn.
struct ChartStyle {
    QString sizeBy = QStringLiteral("none");   // none, degree, betweenness, amount, seconds
    QString colourBy = QStringLiteral("type"); // type, community, role

    bool operator==(const ChartStyle&) const = default;
};

// The part of the chart in view: its centre in chart units and pixels per unit (0: fit all).
struct ChartViewport {
    double centreX = 0;
    double centreY = 0;
    double scale = 0;

    bool operator==(const ChartViewport&) const = default;
};

// A named working chart: the part of the case an analyst draws, as saved in the case.
// `items` are sorted by entity id, one per entity; `groups` by group id.
struct Chart {
    QString name;
    std::vector<ChartItem> items;
    std::vector<ChartGroup> groups;
    ChartStyle style;
    ChartViewport viewport;

    // The entities drawn: every item not hidden, in item order.
    std::vector<EntityId> shownEntities() const {
        std::vector<EntityId> shown;
        for (const ChartItem& item : items)
            if (!item.hidden)
                shown.push_back(item.entity);
        return shown;
    }

    bool operator==(const Chart&) const = default;
};

// A chart's name and size, as listed.
struct ChartSummary {
    QString name;
    std::int64_t items = 0;
    std::int64_t groups = 0;
    QString createdAt; // UTC, ISO 8601
    QString updatedAt;
};

} // namespace threadline
