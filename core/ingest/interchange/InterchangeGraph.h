#pragma once

#include "ingest/Importer.h"

#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

#include <optional>
#include <vector>

namespace threadline::ingest {

// A graph as an interchange file (GraphML, GEXF ...) holds it, read but not yet facts: the
// readers of each format fill it, graphFacts() turns it into what an importer returns.
// When a node or an edge of a dynamic graph existed: start and end as the file writes them
// (either may be open, empty).
struct Spell {
    QString start;
    QString end;
};

struct GraphNode {
    QString id;    // the file's own id
    QString label; // empty: the id is shown
    QString type;  // as the file writes it ("maltego.Person", "phone"), mapped by graphFacts
    QJsonObject properties;
    std::optional<QPointF> position; // where the other tool drew it
    int line = 0;                    // where the node starts in the file
    std::vector<Spell> spells;       // when it existed, in a dynamic graph
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
    std::vector<Spell> spells;
};

struct InterchangeGraph {
    QString format; // "graphml", "gexf" ...: the locator names the format's element
    // Of a dynamic graph: how its times are written ("date", "dateTime"; "double" and "integer"
    // are steps, not times) and the time zone they are in (IANA name or offset; empty: UTC).
    QString timeFormat;
    QString timeZone;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    QStringList warnings; // with their line
};

// An attribute's text as the JSON value its declared type says: GraphML's int, long, float,
// double, boolean, string and GEXF's integer, long, float, double, boolean, string, date and
// list types ("a|b", "[1, 2]"). Text that does not read as its type is kept as text.
QJsonValue typedValue(const QString& text, const QString& type);

// Which attribute names the tools use for a node's label and type and an edge's label.
bool isLabelName(const QString& name);
bool isTypeName(const QString& name);
bool isEdgeLabelName(const QString& name);

// What a graph reader returns at the end of the file: the graph, or why it cannot be read (XML
// that is not well formed, with its line and column; no root element of the format).
Result<InterchangeGraph> finishReading(const QXmlStreamReader& xml, bool sawRoot,
                                       InterchangeGraph graph, const QString& fileName);

// The entities (typed by entityTypeFor, identified so they resolve onto the case's own) and links
// of `graph`, each with its line in the file as evidence. An edge naming a node the file does not
// declare gets that node made for it, as GraphML and GEXF readers do, with one warning per node.
// The spells of a graph whose times are dates become events ("active" from start to end, in UTC,
// the written times and zone kept), of the entity or of the link; step spells stay properties.
ImportResult graphFacts(InterchangeGraph graph, const ImportContext& context);

} // namespace threadline::ingest
