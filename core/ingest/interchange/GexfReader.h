#pragma once

#include "ingest/interchange/InterchangeGraph.h"

namespace threadline::ingest {

// Reads GEXF 1.1, 1.2 and 1.3 (gexf.net) with Qt's streaming XML reader: declared attributes with
// their types (list types too) and defaults, node and edge labels, weights and directions, the
// viz module's colour, size and position (whichever of the viz namespaces real Gephi files
// carry), and dynamic graphs: start and end attributes and spells with the graph's time format
// and zone. Values for undeclared attributes are kept as text with one warning per attribute.
// Malformed XML is an error naming its line and column; nothing of the file is imported then.
Result<InterchangeGraph> readGexf(const QByteArray& bytes, const QString& fileName);

} // namespace threadline::ingest
