// Our analytics against the values networkx and igraph compute on the same real graphs
// (tests/data/graphs/make_reference.py wrote them).
#include "GraphFixtures.h"
#include "graph/Centrality.h"
#include "graph/Communities.h"
#include "graph/Structure.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace threadline;
using namespace threadline::graph;
using threadline::testing::GraphFixture;

namespace {

// Every node's value matches the reference within `tolerance` (relative to values above 1).
template <typename Values>
void checkPerNode(const GraphFixture& fixture, const QString& key, const Values& values,
                  double tolerance) {
    const QJsonObject expected = fixture.reference.value(key).toObject();
    REQUIRE(std::size_t(expected.size()) == fixture.network.nodeCount());
    double worst = 0;
    QString worstNode;
    for (NodeIndex node = 0; node < fixture.network.nodeCount(); ++node) {
        const double reference = expected.value(fixture.network.node(node).label).toDouble();
        const double error =
            std::fabs(double(values[node]) - reference) / std::max(1.0, std::fabs(reference));
        if (error > worst) {
            worst = error;
            worstNode = fixture.network.node(node).label;
        }
    }
    INFO(key.toStdString() << ": worst node " << worstNode.toStdString() << " off by " << worst);
    CHECK(worst <= tolerance);
}

std::set<QString> referenceNames(const GraphFixture& fixture, const QString& key) {
    std::set<QString> names;
    for (const QJsonValue& value : fixture.reference.value(key).toArray())
        names.insert(value.isArray() ? value[0].toString() + u'-' + value[1].toString()
                                     : value.toString());
    return names;
}

void checkFixture(const QString& name) {
    INFO("graph " << name.toStdString());
    const GraphFixture fixture = threadline::testing::loadGraphFixture(name);
    const Network& network = fixture.network;
    CHECK(network.nodeCount() == std::size_t(fixture.reference.value("nodes").toInt()));
    CHECK(network.tieCount() == std::size_t(fixture.reference.value("edges").toInt()));

    const Components components = connectedComponents(network);
    CHECK(components.count() == std::size_t(fixture.reference.value("components").toInt()));
    CHECK(*std::max_element(components.sizes.begin(), components.sizes.end()) ==
          std::uint32_t(fixture.reference.value("largest_component").toInt()));

    checkPerNode(fixture, QStringLiteral("degree"), summedTies(network, TieValue::Count), 0);
    checkPerNode(fixture, QStringLiteral("weighted_degree"), summedTies(network, TieValue::Weight),
                 1e-12);
    const auto between = betweenness(network);
    REQUIRE(between);
    checkPerNode(fixture, QStringLiteral("betweenness"), between->values, 1e-9);
    const auto close = closeness(network);
    REQUIRE(close);
    checkPerNode(fixture, QStringLiteral("closeness"), *close, 1e-9);
    checkPerNode(fixture, QStringLiteral("pagerank"), pageRank(network), 1e-6);
    checkPerNode(fixture, QStringLiteral("weighted_pagerank"), pageRank(network, TieValue::Weight),
                 1e-6);
    checkPerNode(fixture, QStringLiteral("core_number"), coreNumbers(network), 0);
    if (fixture.reference.contains(QStringLiteral("eigenvector")))
        checkPerNode(fixture, QStringLiteral("eigenvector"), eigenvectorCentrality(network), 1e-6);

    std::set<QString> points;
    for (NodeIndex node : articulationPoints(network))
        points.insert(network.node(node).label);
    CHECK(points == referenceNames(fixture, QStringLiteral("articulation_points")));
    std::set<QString> bridgeNames;
    for (TieIndex tie : bridges(network)) {
        QString a = network.node(network.tie(tie).a).label;
        QString b = network.node(network.tie(tie).b).label;
        bridgeNames.insert(std::min(a, b) + u'-' + std::max(a, b));
    }
    CHECK(bridgeNames == referenceNames(fixture, QStringLiteral("bridges")));

    const Communities communities = louvainCommunities(network);
    const double peer = fixture.reference.value("louvain_modularity").toDouble();
    INFO("Louvain modularity " << communities.modularity << ", igraph " << peer);
    CHECK(communities.modularity >= peer - 0.02);
    CHECK(communities.modularity == Approx(modularity(network, communities.communityOf)));
}

} // namespace

TEST_CASE("analytics match networkx and igraph on Zachary's karate club", "[graph]") {
    checkFixture(QStringLiteral("karate"));
}

TEST_CASE("analytics match networkx and igraph on Les Miserables", "[graph]") {
    checkFixture(QStringLiteral("les_miserables"));
}

TEST_CASE("analytics match networkx and igraph on the C. elegans neural network", "[graph]") {
    checkFixture(QStringLiteral("celegans"));
}

TEST_CASE("analytics match networkx and igraph on the yeast protein network", "[graph]") {
    checkFixture(QStringLiteral("yeast"));
}
