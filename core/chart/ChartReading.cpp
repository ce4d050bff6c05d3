#include "chart/ChartReading.h"

#include "graph/NetworkBuilder.h"
#include "store/CaseStore.h"
#include "store/ChartStore.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"
#include "timeline/Timeline.h"

namespace threadline::chart {

Result<ChartContents> readChartContents(const store::CaseStore& store, const QString& name,
                                        bool withLinks, std::optional<LinkTimeWindow> window) {
    NetworkFilter filter;
    filter.chart = name;
    filter.withLinks = withLinks;
    if (window) {
        filter.from = timeline::storedTime(window->from);
        filter.to = timeline::storedTime(window->to - 1);
    }
    auto rows = store.facts().networkRows(filter);
    if (!rows)
        return std::unexpected(rows.error());
    auto roles = store.decisions().roleMarks();
    if (!roles)
        return std::unexpected(roles.error());
    ChartContents contents;
    contents.entities.reserve(qsizetype(rows->nodes.size()));
    for (const NetworkNodeRow& node : rows->nodes)
        contents.entities.insert(node.entity, {node.type, node.label, {}});
    for (const RoleMark& mark : *roles)
        if (auto found = contents.entities.find(mark.entity.value);
            found != contents.entities.end())
            found->roles.append(mark.role);
    contents.links = std::make_shared<const std::vector<NetworkLinkRow>>(std::move(rows->links));
    return contents;
}

graph::Network networkOf(const ChartContents& contents) {
    NetworkRows rows;
    rows.nodes.reserve(std::size_t(contents.entities.size()));
    for (auto entity = contents.entities.cbegin(); entity != contents.entities.cend(); ++entity)
        rows.nodes.push_back({entity.key(), entity->type, entity->label});
    rows.links = *contents.links;
    return graph::buildNetwork(rows);
}

bool needsMeasures(const ChartStyle& style) {
    return style.sizeBy != QLatin1String("none") || style.colourBy == QLatin1String("community");
}

Result<ChartScene> readChartScene(const store::CaseStore& store, const QString& name,
                                  const std::function<QString(EntityId, const QString&)>& labelOf,
                                  ChartContents* contentsRead) {
    auto chart = store.charts().load(name);
    if (!chart)
        return std::unexpected(chart.error());
    auto contents = readChartContents(store, name);
    if (!contents)
        return std::unexpected(contents.error());
    ChartMeasures measures;
    if (needsMeasures(chart->style)) {
        auto measured = measureChart(networkOf(*contents), chart->style);
        if (!measured)
            return std::unexpected(measured.error());
        measures = std::move(*measured);
    }
    if (labelOf) {
        for (auto entity = contents->entities.begin(); entity != contents->entities.end(); ++entity)
            entity->label = labelOf(EntityId{entity.key()}, entity->label);
        for (ChartGroup& group : chart->groups) // named by the analyst: a name may be in it
            group.label = labelOf(EntityId{}, group.label);
    }
    ChartScene scene = ChartScene::build(*chart, *contents, measures);
    if (contentsRead)
        *contentsRead = std::move(*contents);
    return scene;
}

} // namespace threadline::chart
