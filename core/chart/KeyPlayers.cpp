#include "chart/KeyPlayers.h"

#include "graph/Centrality.h"
#include "graph/Layout.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace threadline::chart {

namespace {

using graph::NodeIndex;

// Sampling keeps betweenness to seconds on a case of a million entities; the few nodes a first
// chart needs stand far above the sampling error.
constexpr std::size_t kSampledSources = 256;

// The `count` nodes with the highest positive values, best first.
std::vector<NodeIndex> topNodes(const std::vector<double>& values, int count) {
    std::vector<NodeIndex> order(values.size());
    std::iota(order.begin(), order.end(), NodeIndex(0));
    const auto kept = std::min<std::size_t>(std::max(count, 0), order.size());
    std::partial_sort(order.begin(), order.begin() + kept, order.end(),
                      [&](NodeIndex a, NodeIndex b) { return values[a] > values[b]; });
    order.resize(kept);
    std::erase_if(order, [&](NodeIndex node) { return values[node] <= 0; });
    return order;
}

// A player's neighbours by the number of links between them, most first.
std::vector<NodeIndex> strongestNeighbours(const graph::Network& network, NodeIndex player,
                                           int count) {
    const graph::Adjacency& adjacency = network.adjacency();
    std::vector<std::pair<int, NodeIndex>> ranked;
    for (auto at = adjacency.offset[player]; at < adjacency.offset[player + 1]; ++at)
        ranked.push_back({network.tie(adjacency.tie[at]).links, adjacency.neighbour[at]});
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<NodeIndex> neighbours;
    for (const auto& [links, neighbour] : ranked)
        if (int(neighbours.size()) < count)
            neighbours.push_back(neighbour);
    return neighbours;
}

// The network of `nodes` and the ties among them.
graph::Network subnetwork(const graph::Network& network, const std::set<NodeIndex>& nodes) {
    graph::Network part;
    std::vector<NodeIndex> renumbered(network.nodeCount());
    for (NodeIndex node : nodes)
        renumbered[node] = part.addNode(network.node(node));
    for (const graph::Tie& tie : network.ties())
        if (nodes.contains(tie.a) && nodes.contains(tie.b)) {
            graph::Tie copy = tie;
            copy.a = renumbered[tie.a];
            copy.b = renumbered[tie.b];
            part.addTie(copy);
        }
    return part;
}

} // namespace

Result<std::vector<ChartItem>> keyPlayerItems(const graph::Network& network,
                                              const KeyPlayerOptions& options,
                                              const graph::Progress& progress) {
    if (network.nodeCount() == 0)
        return std::vector<ChartItem>{};
    graph::BetweennessOptions sampling;
    sampling.seed = options.seed;
    if (network.nodeCount() > kSampledSources)
        sampling.sampleSources = kSampledSources;
    auto brokers = graph::betweenness(network, sampling, progress);
    if (!brokers)
        return std::unexpected(brokers.error());
    std::vector<NodeIndex> players = topNodes(brokers->values, options.byBetweenness);
    for (NodeIndex node :
         topNodes(graph::summedTies(network, graph::TieValue::Amount), options.byMoney))
        players.push_back(node);
    for (NodeIndex node :
         topNodes(graph::summedTies(network, graph::TieValue::Seconds), options.byCalls))
        players.push_back(node);
    std::set<NodeIndex> chosen(players.begin(), players.end());
    for (NodeIndex player : players)
        for (NodeIndex neighbour : strongestNeighbours(network, player, options.neighboursEach))
            chosen.insert(neighbour);
    const graph::Network part = subnetwork(network, chosen);
    graph::LayoutOptions layout;
    layout.seed = options.seed;
    auto positions = graph::layoutNetwork(part, graph::LayoutAlgorithm::Multilevel, layout);
    if (!positions)
        return std::unexpected(positions.error());
    std::vector<ChartItem> items;
    for (NodeIndex node = 0; node < part.nodeCount(); ++node)
        items.push_back(
            {EntityId{part.node(node).entity}, (*positions)[node].x, (*positions)[node].y});
    return items;
}

} // namespace threadline::chart
