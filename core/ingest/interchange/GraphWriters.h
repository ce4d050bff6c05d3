#pragma once

#include "ingest/interchange/InterchangeGraph.h"

#include <QByteArray>

namespace threadline::ingest {

// Writes a graph for the tools our users share work with, read back by our own readers:
//  - GraphML (graphml.graphdrawing.org) as Gephi and networkx write it: keys typed from the
//    values (long, double, boolean, string; lists and objects as JSON text), "label" and "type"
//    keys, positions as Gephi's "x" and "y", each edge's direction where it differs from the
//    graph's default;
//  - GEXF 1.3 (gexf.net/1.3): declared attributes (list values as liststring, 1.3's bracketed
//    form), viz:position, the type of each edge, and a dynamic graph's spells with its time
//    format and zone.
QByteArray writeGraphMl(const InterchangeGraph& graph);
QByteArray writeGexf(const InterchangeGraph& graph);

} // namespace threadline::ingest
