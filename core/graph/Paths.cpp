#include "graph/Paths.h"

#include <queue>

#include <algorithm>
#include <functional>
#include <limits>
#include <set>

namespace threadline::graph {

namespace {

constexpr double kUnreached = std::numeric_limits<double>::infinity();

double stepCost(const Network& network, TieIndex tie, PathCost cost) {
    if (cost == PathCost::Hops)
        return 1;
    return 1.0 / network.tie(tie).links;
}

// Nodes and ties a search may not use (Yen's spur searches block the paths already found).
struct Blocked {
    std::vector<bool> nodes;
    std::vector<bool> ties;
};

// Dijkstra from `from` until `to` is settled, over what is not blocked.
std::optional<Path> cheapestPath(const Network& network, NodeIndex from, NodeIndex to,
                                 PathCost cost, const Blocked* blocked) {
    const Adjacency& rows = network.adjacency();
    std::vector<double> distance(network.nodeCount(), kUnreached);
    std::vector<std::uint32_t> cameBy(network.nodeCount(),
                                      std::numeric_limits<std::uint32_t>::max());
    using Entry = std::pair<double, NodeIndex>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    distance[from] = 0;
    queue.push({0, from});
    while (!queue.empty()) {
        const auto [reached, node] = queue.top();
        queue.pop();
        if (node == to)
            break;
        if (reached > distance[node])
            continue;
        for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at) {
            const NodeIndex next = rows.neighbour[at];
            if (blocked && (blocked->nodes[next] || blocked->ties[rows.tie[at]]))
                continue;
            const double through = reached + stepCost(network, rows.tie[at], cost);
            if (through < distance[next]) {
                distance[next] = through;
                cameBy[next] = at;
                queue.push({through, next});
            }
        }
    }
    if (distance[to] == kUnreached)
        return std::nullopt;
    Path path{{to}, {}, distance[to]};
    for (NodeIndex node = to; node != from;) {
        const std::uint32_t at = cameBy[node];
        path.ties.push_back(rows.tie[at]);
        const Tie& tie = network.tie(rows.tie[at]);
        node = tie.a == node ? tie.b : tie.a;
        path.nodes.push_back(node);
    }
    std::reverse(path.nodes.begin(), path.nodes.end());
    std::reverse(path.ties.begin(), path.ties.end());
    return path;
}

// Breadth-first from both ends at once, always growing the smaller frontier, until they meet:
// on big networks it touches a tiny part of what a one-sided search does.
std::optional<Path> fewestHops(const Network& network, NodeIndex from, NodeIndex to) {
    if (from == to)
        return Path{{from}, {}, 0};
    const Adjacency& rows = network.adjacency();
    constexpr std::uint32_t kNone = ~0u;
    // Per node: the row entry it was reached over, and from which end (0: from, 1: to).
    std::vector<std::uint32_t> via(network.nodeCount(), kNone);
    std::vector<std::int8_t> sideOf(network.nodeCount(), -1);
    sideOf[from] = 0;
    sideOf[to] = 1;
    std::vector<NodeIndex> frontier[2] = {{from}, {to}};
    while (!frontier[0].empty() && !frontier[1].empty()) {
        const int side = frontier[0].size() <= frontier[1].size() ? 0 : 1;
        std::vector<NodeIndex> next;
        for (NodeIndex node : frontier[side])
            for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at) {
                const NodeIndex other = rows.neighbour[at];
                if (sideOf[other] < 0) {
                    sideOf[other] = std::int8_t(side);
                    via[other] = at;
                    next.push_back(other);
                } else if (sideOf[other] != side) {
                    // The searches meet over this tie: walk back to both ends.
                    std::vector<NodeIndex> halves[2];
                    std::vector<TieIndex> ties[2];
                    for (NodeIndex end : {node, other}) {
                        const int half = sideOf[end];
                        for (NodeIndex walk = end;;) {
                            halves[half].push_back(walk);
                            if (via[walk] == kNone)
                                break;
                            ties[half].push_back(rows.tie[via[walk]]);
                            const Tie& tie = network.tie(rows.tie[via[walk]]);
                            walk = tie.a == walk ? tie.b : tie.a;
                        }
                    }
                    Path path;
                    path.nodes.assign(halves[0].rbegin(), halves[0].rend());
                    path.nodes.insert(path.nodes.end(), halves[1].begin(), halves[1].end());
                    path.ties.assign(ties[0].rbegin(), ties[0].rend());
                    path.ties.push_back(rows.tie[at]);
                    path.ties.insert(path.ties.end(), ties[1].begin(), ties[1].end());
                    path.cost = double(path.ties.size());
                    return path;
                }
            }
        frontier[side] = std::move(next);
    }
    return std::nullopt;
}

// The paths of `found` that start with the first `length` nodes of `root`.
bool sharesRoot(const Path& path, const Path& root, std::size_t length) {
    return path.nodes.size() > length &&
           std::equal(root.nodes.begin(), root.nodes.begin() + std::ptrdiff_t(length),
                      path.nodes.begin());
}

std::vector<std::int32_t> hopsFrom(const Adjacency& rows, NodeIndex source) {
    std::vector<std::int32_t> hops(rows.offset.size() - 1, -1);
    std::vector<NodeIndex> queue{source};
    hops[source] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head)
        for (std::uint32_t at = rows.offset[queue[head]]; at < rows.offset[queue[head] + 1]; ++at)
            if (hops[rows.neighbour[at]] < 0) {
                hops[rows.neighbour[at]] = hops[queue[head]] + 1;
                queue.push_back(rows.neighbour[at]);
            }
    return hops;
}

} // namespace

std::optional<Path> shortestPath(const Network& network, NodeIndex from, NodeIndex to,
                                 PathCost cost) {
    if (from >= network.nodeCount() || to >= network.nodeCount())
        return std::nullopt;
    if (cost == PathCost::Hops)
        return fewestHops(network, from, to);
    return cheapestPath(network, from, to, cost, nullptr);
}

std::vector<Path> shortestPaths(const Network& network, NodeIndex from, NodeIndex to, std::size_t k,
                                PathCost cost) {
    std::vector<Path> found;
    auto first = shortestPath(network, from, to, cost);
    if (!first || k == 0)
        return found;
    found.push_back(std::move(*first));
    auto cheaper = [](const Path& x, const Path& y) {
        return std::tie(x.cost, x.nodes) < std::tie(y.cost, y.nodes);
    };
    std::set<Path, decltype(cheaper)> candidates(cheaper);
    while (found.size() < k) {
        const Path previous = found.back();
        for (std::size_t spur = 0; spur + 1 < previous.nodes.size(); ++spur) {
            Blocked blocked{std::vector<bool>(network.nodeCount(), false),
                            std::vector<bool>(network.tieCount(), false)};
            for (const Path& path : found)
                if (sharesRoot(path, previous, spur + 1))
                    blocked.ties[path.ties[spur]] = true;
            double rootCost = 0;
            for (std::size_t i = 0; i < spur; ++i) {
                blocked.nodes[previous.nodes[i]] = true;
                rootCost += stepCost(network, previous.ties[i], cost);
            }
            auto rest = cheapestPath(network, previous.nodes[spur], to, cost, &blocked);
            if (!rest)
                continue;
            Path candidate{{previous.nodes.begin(), previous.nodes.begin() + std::ptrdiff_t(spur)},
                           {previous.ties.begin(), previous.ties.begin() + std::ptrdiff_t(spur)},
                           rootCost + rest->cost};
            candidate.nodes.insert(candidate.nodes.end(), rest->nodes.begin(), rest->nodes.end());
            candidate.ties.insert(candidate.ties.end(), rest->ties.begin(), rest->ties.end());
            if (std::none_of(found.begin(), found.end(),
                             [&](const Path& path) { return path.nodes == candidate.nodes; }))
                candidates.insert(std::move(candidate));
        }
        if (candidates.empty())
            break;
        found.push_back(*candidates.begin());
        candidates.erase(candidates.begin());
    }
    return found;
}

Subnetwork connectingNetwork(const Network& network, const std::vector<NodeIndex>& members) {
    const Adjacency& rows = network.adjacency();
    std::vector<std::vector<std::int32_t>> hops;
    for (NodeIndex member : members)
        hops.push_back(hopsFrom(rows, member));
    std::vector<bool> onNode(network.nodeCount(), false);
    std::vector<bool> onTie(network.tieCount(), false);
    for (std::size_t s = 0; s < members.size(); ++s)
        for (std::size_t t = s + 1; t < members.size(); ++t) {
            const std::int32_t length = hops[s][members[t]];
            if (length < 0)
                continue; // not connected at all
            for (TieIndex index = 0; index < network.tieCount(); ++index) {
                const Tie& tie = network.tie(index);
                const auto& fromS = hops[s];
                const auto& fromT = hops[t];
                const bool along = (fromS[tie.a] >= 0 && fromT[tie.b] >= 0 &&
                                    fromS[tie.a] + 1 + fromT[tie.b] == length) ||
                                   (fromS[tie.b] >= 0 && fromT[tie.a] >= 0 &&
                                    fromS[tie.b] + 1 + fromT[tie.a] == length);
                if (along) {
                    onTie[index] = true;
                    onNode[tie.a] = onNode[tie.b] = true;
                }
            }
            onNode[members[s]] = onNode[members[t]] = true;
        }
    Subnetwork result;
    for (NodeIndex node = 0; node < onNode.size(); ++node)
        if (onNode[node])
            result.nodes.push_back(node);
    for (TieIndex tie = 0; tie < onTie.size(); ++tie)
        if (onTie[tie])
            result.ties.push_back(tie);
    return result;
}

} // namespace threadline::graph
