#include "graph/NetworkBuilder.h"

namespace threadline::graph {

namespace {

void addLinks(Network& network, const NetworkRows& rows) {
    for (const NetworkLinkRow& link : rows.links) {
        const auto from = network.nodeOfEntity(link.from);
        const auto to = network.nodeOfEntity(link.to);
        if (from && to)
            network.addLink(*from, *to, {link.weight, link.amount, link.seconds}, link.directed);
    }
}

Network withNodesOf(const NetworkRows& rows) {
    Network network;
    for (const NetworkNodeRow& node : rows.nodes)
        network.addNode({node.entity, node.type, node.label});
    return network;
}

} // namespace

Network buildNetwork(const NetworkRows& rows, double minimumWeight) {
    Network network = withNodesOf(rows);
    addLinks(network, rows);
    if (minimumWeight <= 0)
        return network;
    // Weights are known only once every link is summed: copy the ties that reach the minimum.
    Network strong = withNodesOf(rows);
    for (const Tie& tie : network.ties())
        if (tie.weight >= minimumWeight)
            strong.addTie(tie);
    return strong;
}

} // namespace threadline::graph
