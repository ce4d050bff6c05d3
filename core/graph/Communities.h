#pragma once

#include "graph/Network.h"

#include <cstdint>
#include <vector>

namespace threadline::graph {

struct Communities {
    std::vector<std::uint32_t> communityOf; // per node, numbered from 0 (as each function says)
    std::size_t count = 0;
    double modularity = 0;
};

// Louvain community detection (Blondel et al. 2008): nodes move to the neighbouring community
// that raises modularity most, communities collapse into nodes, repeat until nothing improves.
// The same seed gives the same communities.
Communities louvainCommunities(const Network& network, TieValue weight = TieValue::Count,
                               std::uint64_t seed = 1);

// Leiden (Traag, Waltman and van Eck 2019) from the igraph C library, maximising modularity.
// Unlike Louvain, which can leave a community whose members are tied only through others, every
// community Leiden returns is connected. Nodes without ties are communities of their own. The
// same seed gives the same communities; numbered from 0, the largest first.
Communities leidenCommunities(const Network& network, TieValue weight = TieValue::Count,
                              std::uint64_t seed = 1);

// Newman's modularity of a division of the network.
double modularity(const Network& network, const std::vector<std::uint32_t>& communityOf,
                  TieValue weight = TieValue::Count);

} // namespace threadline::graph
