#include "chart/ChartMeasures.h"

#include "graph/Centrality.h"
#include "graph/Communities.h"

#include <algorithm>
#include <cmath>

namespace threadline::chart {

namespace {

// Above this many nodes betweenness is estimated from sampled sources (within 2% of the
// normalised value with 95% confidence) rather than computed from every node.
constexpr std::size_t kExactBetweennessNodes = 2000;

Result<std::vector<double>> rawMeasure(const graph::Network& network, const QString& sizeBy,
                                       const graph::Progress& progress) {
    if (sizeBy == QLatin1String("degree"))
        return graph::summedTies(network, graph::TieValue::Count);
    if (sizeBy == QLatin1String("amount"))
        return graph::summedTies(network, graph::TieValue::Amount);
    if (sizeBy == QLatin1String("seconds"))
        return graph::summedTies(network, graph::TieValue::Seconds);
    if (sizeBy == QLatin1String("betweenness")) {
        graph::BetweennessOptions options;
        if (network.nodeCount() > kExactBetweennessNodes)
            options.sampleSources = graph::sourcesForBetweennessError(network.nodeCount(), 0.02);
        auto measured = graph::betweenness(network, options, progress);
        if (!measured)
            return std::unexpected(measured.error());
        return std::move(measured->values);
    }
    return std::vector<double>(network.nodeCount(), 0);
}

} // namespace

Result<ChartMeasures> measureChart(const graph::Network& network, const ChartStyle& style,
                                   const graph::Progress& progress) {
    ChartMeasures measures;
    if (style.sizeBy != QLatin1String("none")) {
        auto values = rawMeasure(network, style.sizeBy, progress);
        if (!values)
            return std::unexpected(values.error());
        const double largest =
            values->empty() ? 0 : *std::max_element(values->begin(), values->end());
        for (graph::NodeIndex node = 0; node < values->size(); ++node)
            measures.size.insert(network.node(node).entity,
                                 largest > 0 ? std::sqrt(std::max((*values)[node], 0.0) / largest)
                                             : 0);
    }
    if (style.colourBy == QLatin1String("community")) {
        const graph::Communities found = graph::leidenCommunities(network);
        std::vector<int> members(found.count, 0);
        for (std::uint32_t community : found.communityOf)
            ++members[community];
        for (graph::NodeIndex node = 0; node < found.communityOf.size(); ++node) {
            const int community = int(found.communityOf[node]);
            measures.community.insert(network.node(node).entity,
                                      members[community] > 1 ? community : -1);
        }
        measures.communities =
            int(std::count_if(members.begin(), members.end(), [](int size) { return size > 1; }));
    }
    return measures;
}

} // namespace threadline::chart
