// Leiden communities from the igraph C library: connected, reproducible, and as good as
// igraph's own Louvain on real graphs.
#include "GraphFixtures.h"
#include "chart/ChartMeasures.h"
#include "graph/Communities.h"

#include <queue>

#include <catch2/catch.hpp>

using namespace threadline;
using namespace threadline::graph;

namespace {

// How many communities are not connected through their own members.
int disconnectedCommunities(const Network& network, const Communities& communities) {
    const Adjacency& rows = network.adjacency();
    std::vector<bool> seen(network.nodeCount(), false);
    std::vector<bool> communityStarted(communities.count, false);
    int broken = 0;
    for (NodeIndex start = 0; start < network.nodeCount(); ++start) {
        if (seen[start])
            continue;
        const std::uint32_t community = communities.communityOf[start];
        broken += communityStarted[community];
        communityStarted[community] = true;
        std::queue<NodeIndex> queue;
        queue.push(start);
        seen[start] = true;
        while (!queue.empty()) {
            const NodeIndex node = queue.front();
            queue.pop();
            for (std::uint32_t at = rows.offset[node]; at < rows.offset[node + 1]; ++at) {
                const NodeIndex next = rows.neighbour[at];
                if (!seen[next] && communities.communityOf[next] == community) {
                    seen[next] = true;
                    queue.push(next);
                }
            }
        }
    }
    return broken;
}

// A network from "a-b ..." pairs whose node for letter x is entity x - 'a' + 1.
Network entityNetwork(const QString& pairs) {
    Network network;
    for (const QString& pair : pairs.split(u' ', Qt::SkipEmptyParts)) {
        NodeIndex ends[2];
        for (int end = 0; end < 2; ++end) {
            const QChar name = pair[end * 2];
            ends[end] =
                network.addNode({name.unicode() - 'a' + 1, QStringLiteral("Phone"), QString(name)});
        }
        network.addLink(ends[0], ends[1], {1, 0, 0});
    }
    return network;
}

} // namespace

TEST_CASE("Leiden splits two triangles joined by a bridge, largest community first", "[graph]") {
    const Network network = testing::networkOf(QStringLiteral("a-b b-c a-c c-d d-e e-f d-f f-g"));
    const Communities communities = leidenCommunities(network);
    REQUIRE(communities.count == 2);
    const auto of = [&](QChar name) {
        for (NodeIndex node = 0; node < network.nodeCount(); ++node)
            if (network.node(node).label == QString(name))
                return communities.communityOf[node];
        FAIL("no node " << QString(name).toStdString());
        return 0u;
    };
    CHECK(of(u'a') == of(u'b'));
    CHECK(of(u'a') == of(u'c'));
    CHECK(of(u'd') == of(u'g'));
    CHECK(of(u'a') != of(u'd'));
    CHECK(of(u'd') == 0); // d, e, f, g: the larger one
    CHECK(communities.modularity > 0.3);
}

TEST_CASE("Leiden gives connected communities, the same for the same seed", "[graph]") {
    for (const QString& name : {QStringLiteral("karate"), QStringLiteral("les_miserables"),
                                QStringLiteral("celegans"), QStringLiteral("yeast")}) {
        INFO("graph " << name.toStdString());
        const testing::GraphFixture fixture = testing::loadGraphFixture(name);
        const Communities communities = leidenCommunities(fixture.network);
        CHECK(disconnectedCommunities(fixture.network, communities) == 0);
        const double peer = fixture.reference.value("louvain_modularity").toDouble();
        INFO("Leiden modularity " << communities.modularity << ", igraph's Louvain " << peer);
        CHECK(communities.modularity >= peer - 0.02);
        CHECK(leidenCommunities(fixture.network).communityOf == communities.communityOf);
    }
}

TEST_CASE("A chart is sized by its measure and coloured by its communities", "[chart]") {
    const Network network = entityNetwork(QStringLiteral("a-b a-c a-d a-e b-c f-g"));
    ChartStyle style{QStringLiteral("degree"), QStringLiteral("community")};
    const auto measures = chart::measureChart(network, style);
    REQUIRE(measures);
    const auto entity = [](const char* name) { return std::int64_t(name[0] - 'a' + 1); };
    CHECK(measures->size.value(entity("a")) == Approx(1.0));            // 4 ties, the most
    CHECK(measures->size.value(entity("b")) == Approx(std::sqrt(0.5))); // 2 of 4
    CHECK(measures->size.value(entity("f")) == Approx(0.5));            // 1 of 4
    CHECK(measures->community.value(entity("a")) == measures->community.value(entity("e")));
    CHECK(measures->community.value(entity("f")) == measures->community.value(entity("g")));
    CHECK(measures->community.value(entity("a")) != measures->community.value(entity("f")));
    CHECK(measures->communities == 2);

    style = ChartStyle{QStringLiteral("none"), QStringLiteral("type")};
    const auto plain = chart::measureChart(network, style);
    REQUIRE(plain);
    CHECK(plain->size.isEmpty());
    CHECK(plain->community.isEmpty());
}
