// Round trips through the interchange writers (issue 23): every graph file of ../shared/data read,
// written in its own format and read back gives the same nodes, edges, labels, types, positions,
// properties, directions, weights and spells. What a format cannot hold: GraphML has no list or
// object values (written as JSON text) and no time; GEXF gives every node a label (its id when
// it had none) and every edge an id.
#include "TestSupport.h"
#include "ingest/interchange/GexfReader.h"
#include "ingest/interchange/GraphMlReader.h"
#include "ingest/interchange/GraphWriters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace threadline;
using namespace threadline::ingest;

namespace {

QByteArray readShared(const QString& path) {
    QFile file(QStringLiteral(THREADLINE_SHARED_DATA "/") + path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// GraphML keeps a list or an object as its JSON text.
QJsonObject asGraphMlHolds(QJsonObject properties) {
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (it.value().isArray() || it.value().isObject())
            *it = QString::fromUtf8((it.value().isArray() ? QJsonDocument(it.value().toArray())
                                                          : QJsonDocument(it.value().toObject()))
                                        .toJson(QJsonDocument::Compact));
    return properties;
}

void requireSame(const InterchangeGraph& before, const InterchangeGraph& after, bool graphMl) {
    REQUIRE(after.nodes.size() == before.nodes.size());
    REQUIRE(after.edges.size() == before.edges.size());
    for (std::size_t index = 0; index < before.nodes.size(); ++index) {
        const GraphNode& was = before.nodes[index];
        const GraphNode& is = after.nodes[index];
        INFO("node " << was.id.toStdString());
        CHECK(is.id == was.id);
        CHECK((is.label.isEmpty() ? is.id : is.label) ==
              (was.label.isEmpty() ? was.id : was.label));
        CHECK(is.type == was.type);
        CHECK(is.position == was.position);
        CHECK(is.properties == (graphMl ? asGraphMlHolds(was.properties) : was.properties));
        if (!graphMl)
            CHECK(is.spells.size() == was.spells.size());
    }
    for (std::size_t index = 0; index < before.edges.size(); ++index) {
        const GraphEdge& was = before.edges[index];
        const GraphEdge& is = after.edges[index];
        INFO("edge " << index << " " << was.source.toStdString() << "-"
                     << was.target.toStdString());
        if (!was.id.isEmpty())
            CHECK(is.id == was.id);
        CHECK(is.source == was.source);
        CHECK(is.target == was.target);
        CHECK(is.type == was.type);
        CHECK(is.directed == was.directed);
        CHECK(is.weight == was.weight);
        CHECK(is.properties == (graphMl ? asGraphMlHolds(was.properties) : was.properties));
    }
}

} // namespace

TEST_CASE("every shared GraphML file comes back the same through our GraphML writer",
          "[ingest][interchange][graphml][roundtrip]") {
    for (const QString& path : {QStringLiteral("graphml/attributes.graphml"),
                                QStringLiteral("graphml/miserables.graphml"),
                                QStringLiteral("graphml/mixed_multigraph.graphml"),
                                QStringLiteral("graphml/multigraph.graphml"),
                                QStringLiteral("maltego/maltego_graph.graphml")}) {
        INFO(path.toStdString());
        auto before = readGraphMl(readShared(path), path);
        REQUIRE(before);
        const QByteArray written = writeGraphMl(*before);
        auto after = readGraphMl(written, QStringLiteral("written.graphml"));
        INFO((after ? QString() : after.error().toString()).toStdString());
        REQUIRE(after);
        CHECK(after->warnings.isEmpty());
        requireSame(*before, *after, true);
    }
}

TEST_CASE("every shared GEXF file comes back the same through our GEXF 1.3 writer",
          "[ingest][interchange][gexf][roundtrip]") {
    const QDir folder(QStringLiteral(THREADLINE_SHARED_DATA "/gexf"));
    int files = 0;
    for (const QString& name : folder.entryList({QStringLiteral("*.gexf")}, QDir::Files)) {
        if (name == QLatin1String("missing_nodes.gexf") ||
            name == QLatin1String("undeclared_attribute.gexf"))
            continue; // broken on purpose: their warnings are tested on their own
        INFO(name.toStdString());
        auto before = readGexf(readShared(QStringLiteral("gexf/") + name), name);
        REQUIRE(before);
        auto after = readGexf(writeGexf(*before), QStringLiteral("written.gexf"));
        REQUIRE(after);
        CHECK(after->warnings.isEmpty());
        requireSame(*before, *after, false);
        ++files;
    }
    CHECK(files == 18);
}
