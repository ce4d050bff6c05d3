#pragma once

#include "graph/Network.h"

#include <cstdint>

namespace threadline::graph {

// A Barabasi-Albert preferential-attachment network: each new node ties to `tiesPerNode`
// distinct existing nodes chosen in proportion to their degree, starting from a small clique.
// The hub-and-spoke shape of real contact networks; used by benchmarks and tests. Deterministic
// for a seed.
Network barabasiAlbert(std::size_t nodes, std::size_t tiesPerNode, std::uint64_t seed = 1);

} // namespace threadline::graph
