#pragma once

#include "graph/Network.h"
#include "graph/Work.h"

#include <cstdint>
#include <vector>

namespace threadline::graph {

// Per node, the sum of `value` over its ties (Count: the number of neighbours, i.e. degree).
std::vector<double> summedTies(const Network& network, TieValue value);

struct BetweennessOptions {
    // 0: exact (every node a source). Otherwise that many sources drawn at random, and the
    // result scaled up; see sourcesForBetweennessError().
    std::size_t sampleSources = 0;
    std::uint64_t seed = 1;
};

struct Betweenness {
    // Per node: over all pairs of other nodes, the share of their shortest paths (in hops)
    // through it. Unnormalised, as igraph and networkx (normalized=False) report it.
    std::vector<double> values;
    std::size_t sources = 0; // how many BFS sources were run
    bool exact = true;
};

// Brandes' algorithm, sources shared between the cores.
Result<Betweenness> betweenness(const Network& network, const BetweennessOptions& options = {},
                                const Progress& progress = {});

// How many random sources make every node's normalised betweenness (divided by (n-1)(n-2)/2)
// fall within `error` of the exact value with probability at least 1 - `failure`: each source
// adds a term in [0, 1] to the estimate, so Hoeffding's bound with a union bound over the n
// nodes gives k >= ln(2n / failure) / (2 error^2) (Brandes and Pich, 2007).
std::size_t sourcesForBetweennessError(std::size_t nodes, double error, double failure = 0.05);

// Closeness with the Wasserman-Faust correction for networks in pieces (networkx's default):
// (r / (n-1)) * (r / sum of hops to the r nodes reachable).
Result<std::vector<double>> closeness(const Network& network, const Progress& progress = {});

// PageRank with damping 0.85 on the ties as links both ways, a walk following each tie in
// proportion to `weight`;
// a node without ties spreads its rank evenly, as networkx and igraph do.
std::vector<double> pageRank(const Network& network, TieValue weight = TieValue::Count,
                             double damping = 0.85);

// Eigenvector centrality, scaled to unit Euclidean length (networkx's convention). On a network
// in pieces only the piece with the largest eigenvalue gets non-zero values.
std::vector<double> eigenvectorCentrality(const Network& network,
                                          TieValue weight = TieValue::Count);

} // namespace threadline::graph
