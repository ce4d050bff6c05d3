#pragma once

#include "ingest/Importer.h"

#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace threadline::ingest {

// A graph as an interchange file (GraphML, GEXF ...) holds it, read but not yet facts: the
// readers of each format fill it, graphFacts() turns it into what an importer returns.
struct GraphNode {
    QString id;    // the file's own id
    QString label; // empty: the id is shown
    QString type;  // as the file writes it ("maltego.Person", "phone"), mapped by graphFacts
    QJsonObject properties;
    std::optional<QPointF> position; // where the other tool drew it
    int line = 0;                    // where the node starts in the file
};

struct GraphEdge {
    QString id;
    QString source;
    QString target;
    QString type; // the link's label; empty: "linked"
    bool directed = false;
    double weight = 1;
    QJsonObject properties;
    int line = 0;
};

struct InterchangeGraph {
    QString format; // "graphml", "gexf" ...: the locator names the format's element
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    QStringList warnings; // with their line
};

// The entities (typed by entityTypeFor, identified so they resolve onto the case's own) and links
// of `graph`, each with its line in the file as evidence. An edge naming a node the file does not
// declare gets that node made for it, as GraphML and GEXF readers do, with one warning per node.
ImportResult graphFacts(InterchangeGraph graph, const ImportContext& context);

} // namespace threadline::ingest
