#pragma once

#include "graph/Network.h"
#include "graph/Work.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace threadline::graph {

struct Point {
    double x = 0;
    double y = 0;
};

enum class LayoutAlgorithm {
    FruchtermanReingold, // Boost; small charts (a few hundred nodes)
    KamadaKawai,         // Boost; small charts, each connected piece on its own
    Multilevel,          // ours: coarsen, lay out, refine with Barnes-Hut forces; any size
    Circular,            // one ring, ordered by community so groups sit together
    GroupedByType,       // one cluster per entity type
    Flow,                // left to right along directed links: where money goes
};

struct LayoutOptions {
    std::uint64_t seed = 1;
    // Per node, a position it must keep (pinned on the chart); empty or nullopt: free.
    std::vector<std::optional<Point>> pinned;
    // Per node, where it is drawn now. When given, the layout is incremental: placed nodes
    // move only as far as the new ones (nullopt) need, instead of starting over.
    std::vector<std::optional<Point>> start;
};

// Positions for every node, about 1 unit between tied nodes. The same network, algorithm and
// options give the same positions. Pinned nodes keep their positions.
Result<std::vector<Point>> layoutNetwork(const Network& network, LayoutAlgorithm algorithm,
                                         const LayoutOptions& options = {},
                                         const Progress& progress = {});

std::optional<LayoutAlgorithm> layoutAlgorithmNamed(const QString& name);
QStringList layoutAlgorithmNames();

// Layout quality: for each node with ties, the share of its graph neighbours among its
// degree-many nearest nodes on the drawing, averaged (1: every neighbour is drawn nearest).
double neighbourhoodPreservation(const Network& network, const std::vector<Point>& positions);

// Layout quality: normalised stress over the pairs reached from `sources` random nodes,
// mean of (s * drawn distance / hops - 1)^2 with the scale s that minimises it (0: drawn
// distances exactly proportional to hops; lower is better).
double sampledStress(const Network& network, const std::vector<Point>& positions,
                     std::size_t sources = 50, std::uint64_t seed = 1);

} // namespace threadline::graph
