#pragma once

#include "graph/Network.h"

#include <vector>

namespace threadline::graph {

struct Components {
    std::vector<std::uint32_t> componentOf; // per node, numbered from 0
    std::vector<std::uint32_t> sizes;       // per component
    std::size_t count() const { return sizes.size(); }
};

Components connectedComponents(const Network& network);

// Per node, the largest k such that it belongs to a k-core (a part where every node has at least
// k neighbours inside it): the dense heart of a network.
std::vector<std::uint32_t> coreNumbers(const Network& network);

// Nodes whose removal splits their part of the network: brokers between otherwise separate
// groups. In ascending order.
std::vector<NodeIndex> articulationPoints(const Network& network);

// Ties whose removal splits their part of the network. In ascending order.
std::vector<TieIndex> bridges(const Network& network);

} // namespace threadline::graph
