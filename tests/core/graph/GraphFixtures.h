#pragma once

#include "graph/Network.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace threadline::testing {

// A reference graph from tests/data/graphs: NAME.edges ("source target weight" lines, a lone
// name for a node without ties) read into a Network whose node labels are the names, and
// NAME.reference.json with the values networkx and igraph computed (make_reference.py).
struct GraphFixture {
    graph::Network network;
    QJsonObject reference;

    // The node named `name` in the fixture.
    graph::NodeIndex node(const QString& name) const;
};

GraphFixture loadGraphFixture(const QString& name);

// A network from "a-b a-c ..." pairs of single-letter names, for small hand-made cases.
graph::Network networkOf(const QString& pairs);

} // namespace threadline::testing
