#include "chart/ChartReading.h"

#include "store/CaseStore.h"
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

} // namespace threadline::chart
