#include "graph/Generators.h"

#include <algorithm>
#include <random>

namespace threadline::graph {

Network barabasiAlbert(std::size_t nodes, std::size_t tiesPerNode, std::uint64_t seed) {
    Network network;
    for (std::size_t node = 0; node < nodes; ++node)
        network.addNode({0, QStringLiteral("Node"), QString::number(node)});
    std::mt19937_64 random(seed);
    const std::size_t clique = std::min(nodes, tiesPerNode + 1);
    // Every tie end, once per end: drawing from it picks nodes in proportion to their degree.
    std::vector<NodeIndex> ends;
    for (NodeIndex a = 0; a < clique; ++a)
        for (NodeIndex b = a + 1; b < clique; ++b) {
            network.addLink(a, b, {1, 0, 0});
            ends.insert(ends.end(), {a, b});
        }
    std::vector<NodeIndex> chosen;
    for (NodeIndex node = NodeIndex(clique); node < nodes; ++node) {
        chosen.clear();
        while (chosen.size() < tiesPerNode) {
            const NodeIndex target =
                ends[std::uniform_int_distribution<std::size_t>(0, ends.size() - 1)(random)];
            if (std::find(chosen.begin(), chosen.end(), target) == chosen.end())
                chosen.push_back(target);
        }
        for (NodeIndex target : chosen) {
            network.addLink(node, target, {1, 0, 0});
            ends.insert(ends.end(), {node, target});
        }
    }
    return network;
}

} // namespace threadline::graph
