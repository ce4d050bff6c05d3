#include "graph/Structure.h"

#include "graph/BoostGraph.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>

#include <algorithm>
#include <iterator>

namespace threadline::graph {

Components connectedComponents(const Network& network) {
    Components components;
    components.componentOf.resize(network.nodeCount());
    const std::size_t count =
        boost::connected_components(network.boostGraph(), components.componentOf.data());
    components.sizes.assign(count, 0);
    for (std::uint32_t component : components.componentOf)
        ++components.sizes[component];
    return components;
}

std::vector<std::uint32_t> coreNumbers(const Network& network) {
    std::vector<std::uint32_t> cores(network.nodeCount(), 0);
    const BoostGraph& graph = network.boostGraph();
    boost::core_numbers(graph, boost::make_iterator_property_map(
                                   cores.begin(), boost::get(boost::vertex_index, graph)));
    return cores;
}

std::vector<NodeIndex> articulationPoints(const Network& network) {
    std::vector<NodeIndex> points;
    boost::articulation_points(network.boostGraph(), std::back_inserter(points));
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

std::vector<TieIndex> bridges(const Network& network) {
    // A biconnected component made of one edge is a bridge.
    const BoostGraph& graph = network.boostGraph();
    std::vector<std::size_t> componentOfTie(network.tieCount(), 0);
    const auto edgeIndex = boost::get(boost::edge_index, graph);
    const std::size_t count = boost::biconnected_components(
        graph, boost::make_iterator_property_map(componentOfTie.begin(), edgeIndex));
    std::vector<std::uint32_t> tiesIn(count, 0);
    for (std::size_t component : componentOfTie)
        ++tiesIn[component];
    std::vector<TieIndex> result;
    for (TieIndex tie = 0; tie < componentOfTie.size(); ++tie)
        if (tiesIn[componentOfTie[tie]] == 1)
            result.push_back(tie);
    return result;
}

} // namespace threadline::graph
