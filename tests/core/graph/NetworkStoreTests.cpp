// Networks built from a case: filters, merges and link values.
#include "ImportFixture.h"
#include "graph/Centrality.h"
#include "graph/NetworkBuilder.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"

#include <chrono>

using namespace threadline;
using threadline::testing::importIntoNewCase;
using threadline::testing::Scratch;

namespace {

QStringList callFiles() {
    return {QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv"),
            QStringLiteral(THREADLINE_TEST_DATA "/table/transfers.csv"),
            QStringLiteral(THREADLINE_TEST_DATA "/table/contacts.csv")};
}

graph::Network networkOf(const store::CaseStore& store, const NetworkFilter& filter = {},
                         double minimumWeight = 0) {
    auto rows = store.facts().networkRows(filter);
    REQUIRE(rows);
    return graph::buildNetwork(*rows, minimumWeight);
}

graph::NodeIndex nodeLabelled(const graph::Network& network, const QString& label) {
    for (graph::NodeIndex node = 0; node < network.nodeCount(); ++node)
        if (network.node(node).label == label)
            return node;
    FAIL("no node " << label.toStdString());
    return 0;
}

} // namespace

TEST_CASE("a case's network sums calls and money into ties", "[graph]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, callFiles());
    const graph::Network network = networkOf(store);
    const auto caller = nodeLabelled(network, QStringLiteral("+16025550142"));
    const auto callee = nodeLabelled(network, QStringLiteral("+14805550177"));
    const auto tie = network.tieBetween(caller, callee);
    REQUIRE(tie);
    CHECK(network.tie(*tie).links >= 2); // a call one way and a text back
    CHECK(network.tie(*tie).forward >= 1);
    CHECK(network.tie(*tie).backward >= 1);
    CHECK(network.tie(*tie).seconds >= 64);
    const auto paid = graph::summedTies(network, graph::TieValue::Amount);
    CHECK(*std::max_element(paid.begin(), paid.end()) == Approx(18900));
}

TEST_CASE("network filters keep only the types and times asked for", "[graph]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, callFiles());
    const graph::Network phones = networkOf(store, {{}, {QStringLiteral("Phone")}, {}, {}, {}});
    for (graph::NodeIndex node = 0; node < phones.nodeCount(); ++node)
        CHECK(phones.node(node).type == QStringLiteral("Phone"));
    CHECK(phones.tieCount() >= 2);
    const graph::Network calls = networkOf(store, {{}, {}, {QStringLiteral("called")}, {}, {}});
    for (const graph::Tie& tie : calls.ties())
        CHECK(tie.backward + tie.forward == tie.links);
    // Only February: one call (the CSV's dates are month first) and the two payments.
    const graph::Network february =
        networkOf(store, {{}, {}, {}, QStringLiteral("2026-02-01"), QStringLiteral("2026-02-28Z")});
    CHECK(february.tieCount() == 2);
    const graph::Network strong = networkOf(store, {}, 1000);
    CHECK(strong.nodeCount() == networkOf(store).nodeCount());
    REQUIRE(strong.tieCount() == 1); // only the payments weigh that much
    CHECK(strong.tie(0).amount == Approx(18900));
}

TEST_CASE("a merged entity's links move to the survivor in the network", "[graph]") {
    Scratch scratch;
    auto [store, summary] = importIntoNewCase(scratch, callFiles());
    const graph::Network before = networkOf(store);
    const auto rosa = before.node(nodeLabelled(before, QStringLiteral("Rosa Example"))).entity;
    const auto tom = before.node(nodeLabelled(before, QStringLiteral("Tom Example"))).entity;
    REQUIRE(store.decisions().mergeEntities(EntityId{rosa}, EntityId{tom},
                                            QStringLiteral("one person")));
    const graph::Network after = networkOf(store);
    CHECK(after.nodeCount() == before.nodeCount() - 1);
    CHECK_FALSE(after.nodeOfEntity(tom));
    const auto survivor = after.nodeOfEntity(rosa);
    REQUIRE(survivor);
    CHECK(after.adjacency().degree(*survivor) >
          before.adjacency().degree(*before.nodeOfEntity(rosa)));
}
