#include "chart/ChartLayout.h"

#include "chart/ChartEdits.h"

namespace threadline::chart {

graph::LayoutOptions layoutOptions(const std::vector<ChartItem>& items,
                                   const graph::Network& network, bool fresh, std::uint64_t seed) {
    graph::LayoutOptions options;
    options.seed = seed;
    options.pinned.resize(network.nodeCount());
    if (!fresh)
        options.start.resize(network.nodeCount());
    for (const ChartItem& item : items) {
        const auto node = network.nodeOfEntity(item.entity.value);
        if (!node)
            continue;
        if (item.pinned)
            options.pinned[*node] = graph::Point{item.x, item.y};
        if (!fresh)
            options.start[*node] = graph::Point{item.x, item.y};
    }
    return options;
}

Result<ChartChange> layoutChange(const Chart& chart, const graph::Network& network,
                                 graph::LayoutAlgorithm algorithm, bool fresh, std::uint64_t seed,
                                 const graph::Progress& progress) {
    auto positions = graph::layoutNetwork(
        network, algorithm, layoutOptions(chart.items, network, fresh, seed), progress);
    if (!positions)
        return std::unexpected(positions.error());
    std::vector<ItemPosition> moved;
    moved.reserve(network.nodeCount());
    for (graph::NodeIndex node = 0; node < network.nodeCount(); ++node)
        moved.push_back(
            {EntityId{network.node(node).entity}, (*positions)[node].x, (*positions)[node].y});
    return moveItems(chart, std::move(moved), QStringLiteral("layout"));
}

} // namespace threadline::chart
