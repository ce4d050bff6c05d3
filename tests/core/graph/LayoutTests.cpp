#include "GraphFixtures.h"
#include "graph/Generators.h"
#include "graph/Layout.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace threadline::graph;
using threadline::testing::loadGraphFixture;

namespace {

bool allFinite(const std::vector<Point>& positions) {
    return std::all_of(positions.begin(), positions.end(), [](const Point& point) {
        return std::isfinite(point.x) && std::isfinite(point.y);
    });
}

// A 20 x 20 grid of nodes, each tied to its right and lower neighbour.
Network grid() {
    Network network;
    for (int i = 0; i < 400; ++i)
        network.addNode({0, QStringLiteral("Node"), QString::number(i)});
    for (int row = 0; row < 20; ++row)
        for (int column = 0; column < 20; ++column) {
            const auto node = NodeIndex(row * 20 + column);
            if (column + 1 < 20)
                network.addLink(node, node + 1, {1, 0, 0});
            if (row + 1 < 20)
                network.addLink(node, node + 20, {1, 0, 0});
        }
    return network;
}

} // namespace

TEST_CASE("neighbourhood preservation is 1 for a perfect drawing and low for a random one",
          "[graph][layout]") {
    const Network network = grid();
    std::vector<Point> perfect(400);
    for (int i = 0; i < 400; ++i)
        perfect[std::size_t(i)] = {double(i % 20), double(i / 20)};
    CHECK(neighbourhoodPreservation(network, perfect) == Approx(1.0));
    std::vector<Point> scrambled(400);
    for (int i = 0; i < 400; ++i)
        scrambled[std::size_t(i)] = {double((i * 7919) % 400), double((i * 104729) % 397)};
    CHECK(neighbourhoodPreservation(network, scrambled) < 0.2);
}

TEST_CASE("every layout places every node, the same way for the same seed", "[graph][layout]") {
    const auto fixture = loadGraphFixture(QStringLiteral("les_miserables"));
    for (const QString& name : layoutAlgorithmNames()) {
        INFO(name.toStdString());
        const auto algorithm = layoutAlgorithmNamed(name);
        REQUIRE(algorithm);
        const auto first = layoutNetwork(fixture.network, *algorithm, {7, {}, {}});
        const auto second = layoutNetwork(fixture.network, *algorithm, {7, {}, {}});
        REQUIRE(first);
        REQUIRE(second);
        REQUIRE(first->size() == fixture.network.nodeCount());
        CHECK(allFinite(*first));
        CHECK(first->front().x == second->front().x);
        CHECK(first->back().y == second->back().y);
    }
}

TEST_CASE("the multilevel layout draws a grid as a grid", "[graph][layout]") {
    const Network network = grid();
    const auto positions = layoutNetwork(network, LayoutAlgorithm::Multilevel);
    REQUIRE(positions);
    const double quality = neighbourhoodPreservation(network, *positions);
    INFO("neighbourhood preservation " << quality);
    CHECK(quality > 0.6);
}

TEST_CASE("pinned nodes keep their place and an incremental layout moves placed ones little",
          "[graph][layout]") {
    const auto fixture = loadGraphFixture(QStringLiteral("les_miserables"));
    const Network& network = fixture.network;
    LayoutOptions options;
    options.pinned.resize(network.nodeCount());
    options.pinned[0] = Point{100, -50};
    options.pinned[5] = Point{110, -40};
    for (const QString& name : layoutAlgorithmNames()) {
        INFO(name.toStdString());
        const auto positions = layoutNetwork(network, *layoutAlgorithmNamed(name), options);
        REQUIRE(positions);
        CHECK((*positions)[0].x == 100);
        CHECK((*positions)[0].y == -50);
        CHECK((*positions)[5].x == 110);
    }
    // Start from a finished drawing with one node missing: the others hardly move.
    auto drawn = layoutNetwork(network, LayoutAlgorithm::Multilevel);
    REQUIRE(drawn);
    LayoutOptions again;
    for (const Point& point : *drawn)
        again.start.push_back(point);
    again.start[10].reset();
    const auto updated = layoutNetwork(network, LayoutAlgorithm::Multilevel, again);
    REQUIRE(updated);
    double moved = 0;
    for (std::size_t node = 0; node < drawn->size(); ++node)
        if (node != 10)
            moved += std::hypot((*updated)[node].x - (*drawn)[node].x,
                                (*updated)[node].y - (*drawn)[node].y);
    CHECK(moved / double(drawn->size() - 1) < 1.0); // less than one tie length on average
}

TEST_CASE("a flow layout puts payers left of payees", "[graph][layout]") {
    Network network;
    for (const char* name : {"victim", "controller", "mule", "bank"})
        network.addNode({0, QStringLiteral("Person"), QString::fromLatin1(name)});
    network.addLink(0, 1, {1, 500, 0}, true);
    network.addLink(1, 2, {1, 450, 0}, true);
    network.addLink(2, 3, {1, 400, 0}, true);
    const auto positions = layoutNetwork(network, LayoutAlgorithm::Flow);
    REQUIRE(positions);
    CHECK((*positions)[0].x < (*positions)[1].x);
    CHECK((*positions)[1].x < (*positions)[2].x);
    CHECK((*positions)[2].x < (*positions)[3].x);
}

TEST_CASE("a layout stops when asked", "[graph][layout]") {
    const Network network = barabasiAlbert(20000, 3);
    const auto stopped = layoutNetwork(network, LayoutAlgorithm::Multilevel, {},
                                       [](std::int64_t, std::int64_t) { return false; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().code == threadline::ErrorCode::Cancelled);
}

TEST_CASE("a force layout sets unconnected pieces side by side, not far apart", "[graph][layout]") {
    // The grid and five stray pairs: a force layout alone flings the pairs away, so that a fit
    // shrinks the grid to a speck.
    Network network = grid();
    for (int pair = 0; pair < 5; ++pair) {
        const NodeIndex a = network.addNode({0, QStringLiteral("Node"), {}});
        const NodeIndex b = network.addNode({0, QStringLiteral("Node"), {}});
        network.addLink(a, b, {1, 0, 0});
    }
    for (LayoutAlgorithm algorithm :
         {LayoutAlgorithm::Multilevel, LayoutAlgorithm::FruchtermanReingold}) {
        const auto positions = layoutNetwork(network, algorithm);
        REQUIRE(positions);
        REQUIRE(allFinite(*positions));
        const auto extent = [&](NodeIndex from, NodeIndex to) {
            double left = 1e18, right = -1e18, top = 1e18, bottom = -1e18;
            for (NodeIndex node = from; node < to; ++node) {
                left = std::min(left, (*positions)[node].x);
                right = std::max(right, (*positions)[node].x);
                top = std::min(top, (*positions)[node].y);
                bottom = std::max(bottom, (*positions)[node].y);
            }
            return std::max(right - left, bottom - top);
        };
        const double gridSide = extent(0, 400);
        INFO("grid " << gridSide << " units across, whole drawing " << extent(0, 410));
        CHECK(extent(0, 410) <= gridSide * 1.6);
        if (algorithm == LayoutAlgorithm::Multilevel) // packing moves pieces, never bends one
            CHECK(neighbourhoodPreservation(network, *positions) > 0.5);
    }
}
