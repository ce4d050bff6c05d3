#pragma once

#include "graph/Network.h"

#include <optional>
#include <vector>

namespace threadline::graph {

// What a step along a tie costs.
enum class PathCost {
    Hops,     // every tie costs 1
    Strength, // a tie costs 1 / (links in it): many calls or payments make a short, strong tie
};

struct Path {
    std::vector<NodeIndex> nodes; // from first to last
    std::vector<TieIndex> ties;   // ties[i] joins nodes[i] and nodes[i+1]
    double cost = 0;
};

std::optional<Path> shortestPath(const Network& network, NodeIndex from, NodeIndex to,
                                 PathCost cost = PathCost::Hops);

// The k cheapest paths without repeated nodes, cheapest first (Yen's algorithm).
std::vector<Path> shortestPaths(const Network& network, NodeIndex from, NodeIndex to, std::size_t k,
                                PathCost cost = PathCost::Hops);

struct Subnetwork {
    std::vector<NodeIndex> nodes; // ascending
    std::vector<TieIndex> ties;   // ascending
};

// i2's "Find Connecting Network": every node and tie on a shortest path (in hops) between any
// two of `members`, so an analyst sees how a set of suspects is tied together.
Subnetwork connectingNetwork(const Network& network, const std::vector<NodeIndex>& members);

} // namespace threadline::graph
