#pragma once

#include "ingest/interchange/InterchangeGraph.h"

namespace threadline::ingest {

// Reads GraphML (graphml.graphdrawing.org) with Qt's streaming XML reader: typed keys and their
// defaults, parallel edges, mixed directed and undirected edges, and the flavours of the tools
// that write it: yEd (y:NodeLabel, y:Geometry), Gephi (label, x, y keys) and Maltego
// (mtg:MaltegoEntity and mtg:MaltegoLink with their properties). Data naming an undeclared key is
// kept as text with one warning per key. Malformed XML is an error naming its line and column;
// nothing of the file is imported then.
Result<InterchangeGraph> readGraphMl(const QByteArray& bytes, const QString& fileName);

} // namespace threadline::ingest
