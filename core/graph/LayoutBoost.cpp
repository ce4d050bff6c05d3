// The force layouts Boost.Graph ships: Fruchterman-Reingold and Kamada-Kawai, for small charts.
#include "graph/LayoutInternal.h"

// Boost's Kamada-Kawai runs Johnson's all-pairs shortest paths, whose edge iterators GCC 12
// wrongly reports as maybe used uninitialized once inlined here (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "graph/BoostGraph.h"
#include "graph/Structure.h"

#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <cmath>

namespace threadline::graph {

namespace {

using Topology = boost::rectangle_topology<boost::minstd_rand>;
using BoostPoint = Topology::point_type;

// Boost cools the temperature once per iteration through this functor: it also puts pinned
// nodes back (so they never drift) and asks whether to stop.
struct CoolAndPin {
    double temperature;
    int iterationsLeft;
    const LayoutOptions* options;
    std::vector<BoostPoint>* positions;
    const Progress* progress;
    int total;
    bool* cancelledFlag;

    double operator()() {
        for (std::size_t node = 0; node < options->pinned.size() && node < positions->size();
             ++node)
            if (options->pinned[node]) {
                (*positions)[node][0] = options->pinned[node]->x;
                (*positions)[node][1] = options->pinned[node]->y;
            }
        if (*progress && !(*progress)(total - iterationsLeft, total)) {
            *cancelledFlag = true;
            return 0;
        }
        if (iterationsLeft-- <= 0)
            return 0;
        return temperature * iterationsLeft / total;
    }
};

// When Kamada-Kawai stops: Boost's own tolerance test, plus a cap on the rounds it may take,
// because on some small pieces (two nodes, stars) the energy never settles below it.
struct SettledOrCapped {
    boost::layout_tolerance<double> settled{1e-4};
    std::size_t roundsLeft;

    template <typename Vertex, typename Graph>
    bool operator()(double energyChange, Vertex vertex, const Graph& graph, bool global) {
        if (global && roundsLeft-- == 0)
            return true;
        return settled(energyChange, vertex, graph, global);
    }
};

std::vector<Point> toPoints(const std::vector<BoostPoint>& positions) {
    std::vector<Point> points;
    points.reserve(positions.size());
    for (const BoostPoint& point : positions)
        points.push_back({point[0], point[1]});
    return points;
}

} // namespace

Result<std::vector<Point>> fruchtermanReingoldLayout(const Network& network,
                                                     const LayoutOptions& options,
                                                     const Progress& progress) {
    const BoostGraph& graph = network.boostGraph();
    // Boost spaces nodes by the area: a side of 1.5 * sqrt(n) gives about 1 unit per tie.
    const double side = 1.5 * std::sqrt(double(network.nodeCount())) + 1;
    boost::minstd_rand random(std::uint32_t(options.seed));
    Topology topology(random, -side / 2, -side / 2, side / 2, side / 2);
    std::vector<BoostPoint> positions(network.nodeCount());
    auto map = boost::make_iterator_property_map(positions.begin(),
                                                 boost::get(boost::vertex_index, graph));
    if (hasStart(options)) {
        std::mt19937_64 jitter(options.seed);
        const std::vector<Point> start = startingPositions(network, options, jitter);
        for (std::size_t node = 0; node < start.size(); ++node) {
            positions[node][0] = start[node].x;
            positions[node][1] = start[node].y;
        }
    } else {
        boost::random_graph_layout(graph, map, topology);
    }
    constexpr int kIterations = 100;
    bool stopped = false;
    CoolAndPin cool{side / 10, kIterations, &options, &positions, &progress, kIterations, &stopped};
    boost::fruchterman_reingold_force_directed_layout(graph, map, topology, boost::cooling(cool));
    if (stopped)
        return cancelled();
    std::vector<Point> points = toPoints(positions);
    applyPins(options, points);
    return points;
}

Result<std::vector<Point>> kamadaKawaiLayout(const Network& network, const LayoutOptions& options,
                                             const Progress& progress) {
    // Kamada-Kawai needs a connected graph: lay out each piece alone, then set the pieces
    // side by side, biggest first.
    const Components components = connectedComponents(network);
    std::vector<Point> points(network.nodeCount());
    double x = 0;
    for (std::uint32_t component = 0; component < components.count(); ++component) {
        if (progress && !progress(component, std::int64_t(components.count())))
            return cancelled();
        std::vector<NodeIndex> members;
        for (NodeIndex node = 0; node < network.nodeCount(); ++node)
            if (components.componentOf[node] == component)
                members.push_back(node);
        Network piece;
        std::vector<NodeIndex> local(network.nodeCount(), 0);
        for (NodeIndex node : members)
            local[node] = piece.addNode({});
        for (const Tie& tie : network.ties())
            if (components.componentOf[tie.a] == component)
                piece.addTie({local[tie.a], local[tie.b], tie.weight, tie.amount, tie.seconds,
                              tie.links, tie.forward, tie.backward});
        const BoostGraph& graph = piece.boostGraph();
        std::vector<BoostPoint> positions(members.size());
        auto map = boost::make_iterator_property_map(positions.begin(),
                                                     boost::get(boost::vertex_index, graph));
        boost::circle_graph_layout(graph, map, std::sqrt(double(members.size())));
        if (members.size() > 1)
            boost::kamada_kawai_spring_layout(
                graph, map, boost::make_constant_property<BoostGraph::edge_descriptor>(1.0),
                boost::square_topology<>(), boost::edge_length(1.0),
                SettledOrCapped{{1e-4}, 50 * members.size()});
        double low = 0, high = 0, left = 0, right = 0;
        for (const BoostPoint& point : positions) {
            left = std::min(left, point[0]);
            right = std::max(right, point[0]);
            low = std::min(low, point[1]);
            high = std::max(high, point[1]);
        }
        for (std::size_t i = 0; i < members.size(); ++i)
            points[members[i]] = {x + positions[i][0] - left, positions[i][1] - (low + high) / 2};
        x += right - left + 2;
    }
    applyPins(options, points);
    return points;
}

} // namespace threadline::graph
