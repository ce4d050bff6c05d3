// Layouts that place nodes by rule rather than by force: circular, grouped by type, flow.
#include "graph/Centrality.h"
#include "graph/Communities.h"
#include "graph/LayoutInternal.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <numeric>

namespace threadline::graph {

namespace {

constexpr double kSpacing = 1.5; // between neighbouring nodes on a ring, spiral or layer

// Nodes in `order` on a sunflower spiral around `centre`, first ones innermost: an even disc
// however many there are.
void spiral(const std::vector<NodeIndex>& order, Point centre, std::vector<Point>& positions) {
    const double golden = std::numbers::pi * (3 - std::sqrt(5.0));
    for (std::size_t i = 0; i < order.size(); ++i) {
        const double radius = kSpacing * 0.6 * std::sqrt(double(i));
        positions[order[i]] = {centre.x + radius * std::cos(double(i) * golden),
                               centre.y + radius * std::sin(double(i) * golden)};
    }
}

std::vector<NodeIndex> byDescending(std::vector<NodeIndex> nodes, const std::vector<double>& key) {
    std::stable_sort(nodes.begin(), nodes.end(),
                     [&](NodeIndex a, NodeIndex b) { return key[a] > key[b]; });
    return nodes;
}

// -1: the tie runs b -> a, 1: a -> b, 0: no settled direction.
int direction(const Tie& tie) {
    return tie.forward > tie.backward ? 1 : tie.backward > tie.forward ? -1 : 0;
}

} // namespace

std::vector<Point> circularLayout(const Network& network, const LayoutOptions& options) {
    const std::size_t nodes = network.nodeCount();
    const Communities communities = louvainCommunities(network, TieValue::Links, options.seed);
    const std::vector<double> degree = summedTies(network, TieValue::Count);
    std::vector<NodeIndex> order(nodes);
    std::iota(order.begin(), order.end(), NodeIndex(0));
    std::stable_sort(order.begin(), order.end(), [&](NodeIndex a, NodeIndex b) {
        return std::pair(communities.communityOf[a], -degree[a]) <
               std::pair(communities.communityOf[b], -degree[b]);
    });
    const double radius = std::max(1.0, kSpacing * double(nodes) / (2 * std::numbers::pi));
    std::vector<Point> positions(nodes);
    for (std::size_t i = 0; i < nodes; ++i) {
        const double angle = 2 * std::numbers::pi * double(i) / double(nodes);
        positions[order[i]] = {radius * std::cos(angle), radius * std::sin(angle)};
    }
    return positions;
}

std::vector<Point> groupedLayout(const Network& network, const LayoutOptions&) {
    std::map<QString, std::vector<NodeIndex>> groups;
    for (NodeIndex node = 0; node < network.nodeCount(); ++node)
        groups[network.node(node).type].push_back(node);
    std::vector<std::vector<NodeIndex>> ordered;
    for (auto& [type, members] : groups)
        ordered.push_back(std::move(members));
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    // Groups side by side in rows of about sqrt(groups), the biggest first; hubs at each centre.
    const std::vector<double> degree = summedTies(network, TieValue::Count);
    const auto perRow = std::size_t(std::ceil(std::sqrt(double(ordered.size()))));
    std::vector<Point> positions(network.nodeCount());
    double x = 0, y = 0, rowHeight = 0;
    for (std::size_t group = 0; group < ordered.size(); ++group) {
        if (group > 0 && group % perRow == 0) {
            x = 0;
            y += rowHeight + 2 * kSpacing;
            rowHeight = 0;
        }
        const double radius = kSpacing * 0.6 * std::sqrt(double(ordered[group].size())) + 1;
        spiral(byDescending(ordered[group], degree), {x + radius, y + radius}, positions);
        x += 2 * radius + 2 * kSpacing;
        rowHeight = std::max(rowHeight, 2 * radius);
    }
    return positions;
}

std::vector<Point> flowLayout(const Network& network) {
    // Layers by longest chain of directed ties from a node nothing flows into (Kahn's order;
    // nodes on cycles take one layer past their placed senders).
    const std::size_t nodes = network.nodeCount();
    std::vector<std::vector<NodeIndex>> receivers(nodes);
    std::vector<int> senders(nodes, 0);
    for (const Tie& tie : network.ties()) {
        if (const int way = direction(tie); way != 0) {
            const NodeIndex from = way > 0 ? tie.a : tie.b;
            const NodeIndex to = way > 0 ? tie.b : tie.a;
            receivers[from].push_back(to);
            ++senders[to];
        }
    }
    std::vector<int> layer(nodes, 0);
    std::vector<bool> done(nodes, false);
    std::vector<NodeIndex> ready;
    for (NodeIndex node = 0; node < nodes; ++node)
        if (senders[node] == 0)
            ready.push_back(node);
    for (std::size_t finished = 0; finished < nodes;) {
        if (ready.empty()) // a cycle: break it at the first node not yet placed
            for (NodeIndex node = 0; node < nodes; ++node)
                if (!done[node]) {
                    ready.push_back(node);
                    break;
                }
        const NodeIndex node = ready.back();
        ready.pop_back();
        if (done[node])
            continue;
        done[node] = true;
        ++finished;
        for (NodeIndex to : receivers[node]) {
            layer[to] = std::max(layer[to], layer[node] + 1);
            if (--senders[to] == 0)
                ready.push_back(to);
        }
    }
    // Within a layer, nodes in the order of the mean height of their senders (one sweep).
    const int layers = nodes == 0 ? 0 : *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<NodeIndex>> byLayer(static_cast<std::size_t>(layers));
    for (NodeIndex node = 0; node < nodes; ++node)
        byLayer[std::size_t(layer[node])].push_back(node);
    std::vector<Point> positions(nodes);
    std::vector<double> senderHeight(nodes, 0);
    std::vector<int> sendersPlaced(nodes, 0);
    auto meanSenderHeight = [&](NodeIndex node) {
        return sendersPlaced[node] > 0 ? senderHeight[node] / sendersPlaced[node] : 0.0;
    };
    for (int current = 0; current < layers; ++current) {
        auto& members = byLayer[std::size_t(current)];
        std::stable_sort(members.begin(), members.end(), [&](NodeIndex a, NodeIndex b) {
            return meanSenderHeight(a) < meanSenderHeight(b);
        });
        for (std::size_t i = 0; i < members.size(); ++i) {
            positions[members[i]] = {current * 2 * kSpacing,
                                     (double(i) - double(members.size() - 1) / 2) * kSpacing};
            for (NodeIndex to : receivers[members[i]]) {
                senderHeight[to] += positions[members[i]].y;
                ++sendersPlaced[to];
            }
        }
    }
    return positions;
}

} // namespace threadline::graph
