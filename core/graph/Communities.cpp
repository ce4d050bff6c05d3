#include "graph/Communities.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <random>

namespace threadline::graph {

namespace {

// One level of the Louvain hierarchy: a weighted graph whose nodes are the previous level's
// communities, with the weight inside each kept as a self-loop.
struct Level {
    std::vector<std::uint32_t> offset;
    std::vector<std::uint32_t> neighbour;
    std::vector<double> weight;
    std::vector<double> selfLoop; // weight of edges inside the node, each counted once

    std::size_t size() const { return selfLoop.size(); }
    double strength(std::uint32_t node) const {
        double sum = 2 * selfLoop[node];
        for (std::uint32_t at = offset[node]; at < offset[node + 1]; ++at)
            sum += weight[at];
        return sum;
    }
};

Level firstLevel(const Network& network, TieValue weight) {
    const Adjacency& rows = network.adjacency();
    Level level{rows.offset, rows.neighbour, std::vector<double>(rows.tie.size()),
                std::vector<double>(network.nodeCount(), 0)};
    for (std::size_t at = 0; at < rows.tie.size(); ++at)
        level.weight[at] = tieValue(network.tie(rows.tie[at]), weight);
    return level;
}

// Moves nodes between communities, starting from `community` (each node alone if empty),
// while modularity rises. Returns the community of each node (numbered densely) and whether
// any node moved.
std::pair<std::vector<std::uint32_t>, bool> moveNodes(const Level& level, std::mt19937_64& random,
                                                      std::vector<std::uint32_t> community = {}) {
    const std::size_t nodes = level.size();
    std::vector<double> strength(nodes);
    double total = 0; // 2m
    for (std::uint32_t node = 0; node < nodes; ++node)
        total += strength[node] = level.strength(node);
    if (community.empty()) {
        community.resize(nodes);
        std::iota(community.begin(), community.end(), 0u);
    }
    std::vector<double> communityStrength(nodes, 0);
    for (std::uint32_t node = 0; node < nodes; ++node)
        communityStrength[community[node]] += strength[node];
    std::vector<std::uint32_t> order(nodes);
    std::iota(order.begin(), order.end(), 0u);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<double> tieTo(nodes, 0); // weight from the node being moved to each community
    std::vector<std::uint32_t> touched;
    bool movedAny = false;
    for (bool moved = true; moved && total > 0;) {
        moved = false;
        for (std::uint32_t node : order) {
            const std::uint32_t own = community[node];
            touched.assign(1, own);
            for (std::uint32_t at = level.offset[node]; at < level.offset[node + 1]; ++at) {
                const std::uint32_t other = community[level.neighbour[at]];
                if (tieTo[other] == 0 && other != own)
                    touched.push_back(other);
                tieTo[other] += level.weight[at];
            }
            communityStrength[own] -= strength[node];
            std::uint32_t best = own;
            double bestGain = tieTo[own] - communityStrength[own] * strength[node] / total;
            for (std::uint32_t candidate : touched) {
                const double gain =
                    tieTo[candidate] - communityStrength[candidate] * strength[node] / total;
                if (gain > bestGain + 1e-12) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            communityStrength[best] += strength[node];
            for (std::uint32_t other : touched)
                tieTo[other] = 0;
            if (best != own) {
                community[node] = best;
                moved = movedAny = true;
            }
        }
    }
    QHash<std::uint32_t, std::uint32_t> dense;
    for (std::uint32_t& value : community)
        value = *dense.insert(value, dense.value(value, std::uint32_t(dense.size())));
    return {community, movedAny};
}

Level collapse(const Level& level, const std::vector<std::uint32_t>& community,
               std::size_t communities) {
    std::vector<QHash<std::uint32_t, double>> between(communities);
    std::vector<double> inside(communities, 0);
    for (std::uint32_t node = 0; node < level.size(); ++node) {
        inside[community[node]] += level.selfLoop[node];
        for (std::uint32_t at = level.offset[node]; at < level.offset[node + 1]; ++at) {
            const std::uint32_t from = community[node];
            const std::uint32_t to = community[level.neighbour[at]];
            if (from == to)
                inside[from] += level.weight[at] / 2; // seen from both ends
            else
                between[from][to] += level.weight[at];
        }
    }
    Level next{{0}, {}, {}, inside};
    for (std::uint32_t from = 0; from < communities; ++from) {
        std::vector<std::pair<std::uint32_t, double>> row(between[from].keyValueBegin(),
                                                          between[from].keyValueEnd());
        std::sort(row.begin(), row.end()); // hash order must not leak into the result
        for (const auto& [to, weight] : row) {
            next.neighbour.push_back(to);
            next.weight.push_back(weight);
        }
        next.offset.push_back(std::uint32_t(next.neighbour.size()));
    }
    return next;
}

// One Louvain run from a starting division of the nodes: move, collapse, repeat.
std::vector<std::uint32_t> louvainFrom(const Level& nodes, std::vector<std::uint32_t> communityOf,
                                       std::mt19937_64& random) {
    std::size_t count = *std::max_element(communityOf.begin(), communityOf.end()) + 1;
    Level level = collapse(nodes, communityOf, count);
    for (;;) {
        auto [community, moved] = moveNodes(level, random);
        if (!moved)
            return communityOf;
        count = *std::max_element(community.begin(), community.end()) + 1;
        for (std::uint32_t& value : communityOf)
            value = community[value];
        level = collapse(level, community, count);
    }
}

} // namespace

Communities louvainCommunities(const Network& network, TieValue weight, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    Communities result;
    if (network.nodeCount() == 0)
        return result;
    const Level nodes = firstLevel(network, weight);
    result.communityOf.resize(network.nodeCount());
    std::iota(result.communityOf.begin(), result.communityOf.end(), 0u);
    result.communityOf = louvainFrom(nodes, std::move(result.communityOf), random);
    result.modularity = modularity(network, result.communityOf, weight);
    // Refinement: single nodes may now fit a neighbouring community better than the one their
    // group was collapsed into; move them and run Louvain again while modularity rises.
    constexpr int kMostRefinements = 8;
    for (int round = 0; round < kMostRefinements; ++round) {
        auto [refined, moved] = moveNodes(nodes, random, result.communityOf);
        if (!moved)
            break;
        refined = louvainFrom(nodes, std::move(refined), random);
        const double gained = modularity(network, refined, weight);
        if (gained <= result.modularity + 1e-12)
            break;
        result.communityOf = std::move(refined);
        result.modularity = gained;
    }
    result.count = *std::max_element(result.communityOf.begin(), result.communityOf.end()) + 1;
    return result;
}

double modularity(const Network& network, const std::vector<std::uint32_t>& communityOf,
                  TieValue weight) {
    const std::size_t communities =
        communityOf.empty() ? 0 : *std::max_element(communityOf.begin(), communityOf.end()) + 1;
    std::vector<double> inside(communities, 0);
    std::vector<double> strength(communities, 0);
    double total = 0; // m
    for (const Tie& tie : network.ties()) {
        const double value = tieValue(tie, weight);
        total += value;
        strength[communityOf[tie.a]] += value;
        strength[communityOf[tie.b]] += value;
        if (communityOf[tie.a] == communityOf[tie.b])
            inside[communityOf[tie.a]] += value;
    }
    if (total <= 0)
        return 0;
    double q = 0;
    for (std::size_t c = 0; c < communities; ++c)
        q += inside[c] / total - (strength[c] / (2 * total)) * (strength[c] / (2 * total));
    return q;
}

} // namespace threadline::graph
