#include "GraphFixtures.h"
#include "graph/Centrality.h"
#include "graph/Generators.h"
#include "graph/Paths.h"

#include <catch2/catch.hpp>

using namespace threadline::graph;
using threadline::testing::networkOf;

namespace {

QString labels(const Network& network, const Path& path) {
    QStringList names;
    for (NodeIndex node : path.nodes)
        names << network.node(node).label;
    return names.join(QString());
}

NodeIndex named(const Network& network, const QString& label) {
    for (NodeIndex node = 0; node < network.nodeCount(); ++node)
        if (network.node(node).label == label)
            return node;
    FAIL("no node " << label.toStdString());
    return 0;
}

} // namespace

TEST_CASE("the shortest path counts hops or prefers strong ties", "[graph]") {
    Network network = networkOf(QStringLiteral("a-b b-d a-c c-e e-d"));
    const NodeIndex a = named(network, QStringLiteral("a"));
    const NodeIndex d = named(network, QStringLiteral("d"));
    auto hops = shortestPath(network, a, d);
    REQUIRE(hops);
    CHECK(labels(network, *hops) == QStringLiteral("abd"));
    CHECK(hops->cost == 2);
    // Forty calls along a-c-e-d make that route stronger than a single call via b.
    for (const char* pair : {"a-c", "c-e", "e-d"}) {
        const QStringList ends = QString::fromLatin1(pair).split(u'-');
        for (int call = 0; call < 39; ++call)
            network.addLink(named(network, ends[0]), named(network, ends[1]), {1, 0, 0});
    }
    auto strong = shortestPath(network, a, d, PathCost::Strength);
    REQUIRE(strong);
    CHECK(labels(network, *strong) == QStringLiteral("aced"));
    CHECK(strong->cost == Approx(3.0 / 40));
}

TEST_CASE("no path between parts of a network that never meet", "[graph]") {
    const Network network = networkOf(QStringLiteral("a-b c-d"));
    CHECK_FALSE(shortestPath(network, named(network, QStringLiteral("a")),
                             named(network, QStringLiteral("d"))));
    CHECK(shortestPaths(network, 0, 3, 5).empty());
}

TEST_CASE("the k shortest paths come cheapest first without repeating a node", "[graph]") {
    // Two two-hop routes, a three-hop one, and a four-hop one with a detour.
    const Network network = networkOf(QStringLiteral("s-a a-t s-b b-t s-c c-d d-t c-e e-f f-d"));
    const auto paths = shortestPaths(network, named(network, QStringLiteral("s")),
                                     named(network, QStringLiteral("t")), 10);
    QStringList found;
    for (const Path& path : paths)
        found << labels(network, path);
    CHECK(found == QStringList{QStringLiteral("sat"), QStringLiteral("sbt"), QStringLiteral("scdt"),
                               QStringLiteral("scefdt")});
    for (const Path& path : paths)
        CHECK(path.ties.size() + 1 == path.nodes.size());
}

TEST_CASE("the connecting network holds every shortest route between the members", "[graph]") {
    // x and y are tied through two brokers; z hangs off y; w is unrelated to the question.
    const Network network = networkOf(QStringLiteral("x-p p-y x-q q-y y-z z-w x-r"));
    const Subnetwork connecting = connectingNetwork(
        network, {named(network, QStringLiteral("x")), named(network, QStringLiteral("z"))});
    QStringList nodes;
    for (NodeIndex node : connecting.nodes)
        nodes << network.node(node).label;
    nodes.sort();
    CHECK(nodes == QStringList{"p", "q", "x", "y", "z"});
    CHECK(connecting.ties.size() == 5);
}

TEST_CASE("sampled betweenness stays within its stated error of the exact value", "[graph]") {
    const auto fixture = threadline::testing::loadGraphFixture(QStringLiteral("yeast"));
    const std::size_t nodes = fixture.network.nodeCount();
    const double error = 0.05;
    const std::size_t sources = sourcesForBetweennessError(nodes, error);
    REQUIRE(sources < nodes);
    const auto exact = betweenness(fixture.network);
    const auto sampled = betweenness(fixture.network, {sources, 7});
    REQUIRE(exact);
    REQUIRE(sampled);
    CHECK_FALSE(sampled->exact);
    CHECK(sampled->sources == sources);
    const double pairs = double(nodes - 1) * double(nodes - 2) / 2;
    double worst = 0;
    for (std::size_t node = 0; node < nodes; ++node)
        worst = std::max(worst, std::fabs(sampled->values[node] - exact->values[node]) / pairs);
    INFO("worst normalised error " << worst << " with " << sources << " sources");
    CHECK(worst <= error);
}

TEST_CASE("long analytics stop when asked", "[graph]") {
    // Exact betweenness of 20k nodes takes seconds: long enough to be asked at least once.
    const Network network = barabasiAlbert(20000, 3);
    CHECK(network.tieCount() == 6 + (20000 - 4) * 3); // a 4-clique, then 3 ties per node
    int calls = 0;
    const auto stopped = betweenness(network, {}, [&](std::int64_t done, std::int64_t total) {
        ++calls;
        CHECK(done < total);
        return false;
    });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().code == threadline::ErrorCode::Cancelled);
    CHECK(calls == 1);
}

TEST_CASE("the two-sided hop search agrees with Dijkstra on a real network", "[graph]") {
    // In the fixture every tie holds one link, so Strength costs are hop counts too.
    const auto fixture = threadline::testing::loadGraphFixture(QStringLiteral("yeast"));
    const Network& network = fixture.network;
    for (NodeIndex from = 0; from < network.nodeCount(); from += 97)
        for (NodeIndex to = 5; to < network.nodeCount(); to += 131) {
            const auto hops = shortestPath(network, from, to, PathCost::Hops);
            const auto dijkstra = shortestPath(network, from, to, PathCost::Strength);
            REQUIRE(hops.has_value() == dijkstra.has_value());
            if (!hops)
                continue;
            CHECK(hops->cost == dijkstra->cost);
            REQUIRE(hops->nodes.size() == hops->ties.size() + 1);
            CHECK(hops->nodes.front() == from);
            CHECK(hops->nodes.back() == to);
            for (std::size_t step = 0; step < hops->ties.size(); ++step)
                CHECK(network.tieBetween(hops->nodes[step], hops->nodes[step + 1]) ==
                      hops->ties[step]);
        }
}
